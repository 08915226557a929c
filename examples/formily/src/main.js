import { createApp } from 'vue';
import { init } from 'filing-check';
import 'element-plus/dist/index.css';
import App from './App.vue';
import './style.css';

init(); // start loading the .wasm now; checkForm waits for it itself
createApp(App).mount('#app');
