// An empty module: the floor scenario of page.js imports it, to time one module import alone.
export const empty = true;
