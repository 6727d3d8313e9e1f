# shellcheck shell=bash
# Debian's Chromium for the Playwright browser tests (Playwright's own browser download is not reachable here).

fp_browser_ensure_installed() {
  if [ -x /usr/lib/chromium/chromium ] || [ -x /usr/bin/chromium ]; then
    return 0
  fi
  echo "[browser] installing Debian's chromium" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "[browser] chromium missing and not root: run 'apt-get install -y chromium' as root" >&2
      return 1
    fi
  fi
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2
}
