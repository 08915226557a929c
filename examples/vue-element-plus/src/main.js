import { createApp } from 'vue';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import { init } from 'filing-check';
import App from './App.vue';

init(); // start loading the .wasm now; the rules wait for it themselves
createApp(App).use(ElementPlus).mount('#app');
