#!/usr/bin/env bash
# Installs the Debian packages the app (`demo`) or the tests (`test`, the default) use, when they
# are missing and we are root:
# Kamailio (registrar/proxy), baresip and linphonec (third-party phones), sngrep (SIP capture),
# Xvfb (a real X server for UI tests), PgBouncer (the connection pooler a floor uses), the system libraries Qt needs, and PostgreSQL when no
# server binaries exist. Without root it only says what is missing; the tests that need a
# missing part then skip with that reason.
set -euo pipefail

# The Qt runtime libraries and a font with Latin, Cyrillic and Arabic glyphs: enough for the demo.
wanted=(libegl1 libgl1 libxcb-cursor0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
        fonts-dejavu-core)
if [ "${1:-test}" = "test" ]; then
    wanted+=(kamailio kamailio-tls-modules baresip linphone-cli sngrep xvfb xauth)
    # The portal widget's browser test and its screenshot (tests/ui/test_portal_widget.py).
    wanted+=(chromium chromium-driver)
    # The accessibility-bus test (tests/integration/test_atspi.py), as a reader finds a desktop:
    wanted+=(dbus-daemon)  # dbus-run-session: a D-Bus session of the test's own
    wanted+=(at-spi2-core)  # the AT-SPI bus launcher and registry
    wanted+=(xdotool)  # gives the started app the X input focus (Xvfb has no window manager)
    # PgBouncer: the store tests and `softphone bench floor` run through a real pooler.
    wanted+=(pgbouncer)
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        wanted+=(postgresql)
    fi
fi

missing=()
for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Not a Debian system: install these yourself if tests need them: ${missing[*]}" >&2
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages (run as root to install): ${missing[*]}" >&2
    exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt run (a parallel set-up, unattended upgrades) instead of failing on its lock.
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
