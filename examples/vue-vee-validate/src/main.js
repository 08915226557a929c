import { createApp } from 'vue';
import { init } from 'filing-check';
import App from './App.vue';
import './style.css';

init(); // start loading the .wasm now; the schema waits for it itself
createApp(App).mount('#app');
