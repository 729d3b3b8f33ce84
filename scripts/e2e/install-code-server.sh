#!/usr/bin/env bash
# Installs a headless-drivable VS Code (code-server) for the integration and end-to-end tests,
# from the npm registry and Debian apt only (no GitHub, no marketplace). Idempotent: a finished
# install is recognised by its stamp file and skipped, so CI can cache $E2E_PREFIX between runs.
# Usage: scripts/e2e/install-code-server.sh   (prints the install prefix on its last line)
set -euo pipefail
CS_VERSION=${CS_VERSION:-4.99.4}
E2E_PREFIX=${E2E_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/destructive-gate-e2e/cs-$CS_VERSION}
STAMP="$E2E_PREFIX/.installed-$CS_VERSION-2"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
command -v make >/dev/null || need_apt+=(build-essential)
command -v g++ >/dev/null || need_apt+=(build-essential)
command -v python3 >/dev/null || need_apt+=(python3)
command -v curl >/dev/null || need_apt+=(curl ca-certificates)
[ -f /usr/include/krb5.h ] || [ -f /usr/include/krb5/krb5.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "==> apt-get install ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ -f "$STAMP" ]; then echo "$E2E_PREFIX"; exit 0; fi

NODE_ROOT=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
export npm_config_cache=${npm_config_cache:-$E2E_PREFIX/npm-cache}
export npm_config_nodedir=${npm_config_nodedir:-$NODE_ROOT}
export npm_config_build_from_source=true   # argon2/kerberos would try GitHub prebuilds first
export npm_config_yes=true                 # node-pty's postinstall runs `npx node-gyp`
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
if [ ! -f "$npm_config_nodedir/include/node/node.h" ]; then
  echo "node headers not found under $npm_config_nodedir/include/node (install nodejs headers, e.g. apt-get install libnode-dev)" >&2
  exit 1
fi

rm -rf "$E2E_PREFIX/cs"
mkdir -p "$E2E_PREFIX/cs"
cd "$E2E_PREFIX/cs"
echo '{"name":"cs-host","private":true}' > package.json
echo "==> npm install code-server@$CS_VERSION" >&2
npm install --no-save "code-server@$CS_VERSION" --ignore-scripts >&2
npm rebuild argon2 >&2

VSC="$E2E_PREFIX/cs/node_modules/code-server/lib/vscode"
cd "$VSC"
npm install --omit=dev --ignore-scripts >&2
echo "==> rebuilding native modules (about 40 s)" >&2
npm rebuild node-pty @vscode/spdlog native-watchdog kerberos @vscode/deviceid >&2
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
(cd extensions && npm install --omit=dev >&2)
node -e "for (const m of ['node-pty','@vscode/spdlog','native-watchdog','@parcel/watcher']) require('$VSC/node_modules/'+m)"
# Mocha 10 (CommonJS) for the in-host runner: the extension host require()s it.
mkdir -p "$E2E_PREFIX/tools" && cd "$E2E_PREFIX/tools"
echo '{"name":"e2e-tools","private":true}' > package.json
npm install --no-save mocha@10.8.2 >&2
touch "$STAMP"
echo "$E2E_PREFIX"
