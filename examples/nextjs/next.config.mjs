// The one line a Next.js project needs for filing-check in route handlers and server components:
// leave the package to Node's own loader, which finds its .wasm beside it, instead of bundling it.
export default { serverExternalPackages: ['filing-check'] };
