#!/usr/bin/env bash
# Screenshots of the example reports for the README (docs/images/), taken with headless Chromium
# from reports/example, which `java -jar target/quarkus-app/quarkus-run.jar batch
# fixtures/reports-example.yaml -o reports/example` regenerates. Run from anywhere:
#   docs/screenshot.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "skipped: no Chromium found (Debian: apt-get install chromium)" >&2; exit 0; }
shot() {  # report file, image name, height in pixels
  "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1200,"$3" --screenshot="$root/docs/images/$2" "file://$root/reports/example/$1" 2>/dev/null
  echo "docs/images/$2 from reports/example/$1"
}
shot seed--edited.html report-versions.png 1000
shot lima-series.html report-series.png 1000
