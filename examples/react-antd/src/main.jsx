import { createRoot } from 'react-dom/client';
import { init } from 'filing-check';
import { App } from './App.jsx';

init(); // start loading the .wasm now; the rules wait for it themselves
createRoot(document.getElementById('root')).render(<App />);
