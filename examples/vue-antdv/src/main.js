import { createApp } from 'vue';
import Antd from 'ant-design-vue';
import { init } from 'filing-check';
import App from './App.vue';

init(); // start loading the .wasm now; the rules wait for it themselves
createApp(App).use(Antd).mount('#app');
