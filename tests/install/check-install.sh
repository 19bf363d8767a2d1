#!/usr/bin/env bash
# Installs the build tree into a scratch DESTDIR as a package would (`cmake --install` with the
# prefix /usr) and checks what lands there: exactly the expected files, a desktop entry and
# AppStream metainfo that their validators accept and that agree with each other, the icons at
# their sizes, and programs that run from there and find their Korean catalogue and their data
# (both are compiled in, so nothing may come from the source or build tree).
#
#   check-install.sh CMAKE BUILD_DIR DESTDIR APP_ID VERSION EXAMPLE GUI(ON|OFF)
#
# Needs desktop-file-validate (desktop-file-utils) and appstreamcli (appstream): scripts/deps.
set -euo pipefail

if (($# != 7)); then
    echo "usage: ${0##*/} CMAKE BUILD_DIR DESTDIR APP_ID VERSION EXAMPLE GUI" >&2
    exit 2
fi
cmake=$1 build=$2 destdir=$3 app_id=$4 version=$5 example=$6 gui=$7

failures=0
fail()
{
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# Whether standard input holds Hangul: its UTF-8 lead bytes are 0xEA to 0xED. (grep -c reads all
# of it: a writer cut off by grep -q would fail the pipeline.)
has_hangul() { LC_ALL=C grep -c $'[\xea-\xed]' >/dev/null; }

rm -rf "$destdir"
mkdir -p "$destdir"
if ! log=$(DESTDIR=$destdir "$cmake" --install "$build" --prefix /usr 2>&1); then
    echo "$log" >&2
    echo "FAIL: cmake --install $build failed" >&2
    exit 1
fi
root=$destdir/usr

# The layout: these files and no others.
expected=(
    bin/service-designer-cli
    share/man/man1/service-designer-cli.1
    share/bash-completion/completions/service-designer-cli
    share/zsh/vendor-completions/_service-designer-cli
)
if [[ $gui == ON ]]; then
    expected+=(
        bin/service-designer
        share/man/man1/service-designer.1
        "share/applications/$app_id.desktop"
        "share/metainfo/$app_id.metainfo.xml"
        "share/icons/hicolor/scalable/apps/$app_id.svg"
        share/doc/service-designer/copyright
    )
    for size in 16 32 48 64 128 256; do
        expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
fi
actual=$(cd "$root" && find . -type f -printf '%P\n' | LC_ALL=C sort)
wanted=$(printf '%s\n' "${expected[@]}" | LC_ALL=C sort)
if [[ $actual != "$wanted" ]]; then
    fail "the installed files differ from the expected layout (< expected, > installed):"
    diff <(echo "$wanted") <(echo "$actual") >&2 || true
fi
find "$destdir" -mindepth 1 ! -path "$root" ! -path "$root/*" -printf 'FAIL: installed outside the prefix: %P\n' |
    grep . >&2 && failures=$((failures + 1))
for program in bin/service-designer-cli bin/service-designer; do
    if [[ -e $root/$program && ! -x $root/$program ]]; then
        fail "$program is not executable"
    fi
done

# The manual pages name this version (their .TH line).
for page in "$root"/share/man/man1/*.1; do
    if ! grep -q "^\.TH .*\"service-designer $version\"" "$page"; then
        fail "${page#"$root"/}: the .TH line does not name service-designer $version"
    fi
done
# The completion scripts parse.
bash -n "$root/share/bash-completion/completions/service-designer-cli" ||
    fail "the bash completion does not parse"
if command -v zsh >/dev/null; then
    zsh -n "$root/share/zsh/vendor-completions/_service-designer-cli" ||
        fail "the zsh completion does not parse"
fi

# The programs, as installed, away from the source and build trees and from the user's settings.
# shellcheck source=tests/install/scratch-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/scratch-env.sh"
cd "$scratch"
cli=$root/bin/service-designer-cli

out=$("$cli" --version) || fail "service-designer-cli --version failed"
[[ $out == "service-designer-cli $version" ]] ||
    fail "service-designer-cli --version printed '$out', not 'service-designer-cli $version'"
"$cli" --lang en --help | has_hangul && fail "service-designer-cli --lang en --help is not English"
"$cli" --lang ko --help | has_hangul ||
    fail "service-designer-cli --lang ko --help has no Korean: the catalogue was not found"
"$cli" --lang ko explain port | has_hangul ||
    fail "service-designer-cli --lang ko explain port has no Korean: the explanations were not found"
out=$("$cli" providers) || fail "service-designer-cli providers failed"
grep -q '^aws ' <<<"$out" ||
    fail "service-designer-cli providers does not list aws: the provider profiles were not found"
if ! out=$("$cli" --lang ko validate "$example" 2>&1); then
    fail "service-designer-cli validate $example failed: $out"
fi
has_hangul <<<"$out" || fail "service-designer-cli --lang ko validate printed no Korean: $out"

if [[ $gui == ON ]]; then
    gui_program=$root/bin/service-designer
    out=$("$gui_program" --version 2>/dev/null) || fail "service-designer --version failed"
    [[ $out == "service-designer $version" ]] ||
        fail "service-designer --version printed '$out', not 'service-designer $version'"
    LANGUAGE=ko LANG=ko_KR.UTF-8 "$gui_program" --help 2>/dev/null | has_hangul ||
        fail "service-designer --help in a Korean locale has no Korean: the catalogue was not found"
fi

if [[ $gui != ON ]]; then
    exit $((failures > 0))
fi

# The desktop entry: valid, and saying what the brief of the packaging says.
desktop=$root/share/applications/$app_id.desktop
if ! command -v desktop-file-validate >/dev/null; then
    fail "desktop-file-validate is missing (desktop-file-utils; scripts/deps installs it)"
elif ! desktop-file-validate "$desktop" >&2; then
    fail "desktop-file-validate rejects $app_id.desktop"
fi
desktop_key() { sed -n "s/^$1=//p" "$desktop"; }
[[ $(desktop_key Exec) == "service-designer %F" ]] || fail "$app_id.desktop: Exec is not 'service-designer %F'"
[[ $(desktop_key Icon) == "$app_id" ]] || fail "$app_id.desktop: Icon is not $app_id"
[[ $(desktop_key Categories) == "Development;Qt;" ]] ||
    fail "$app_id.desktop: Categories is not Development;Qt;"
for type in application/yaml application/x-yaml text/yaml text/x-yaml application/json; do
    [[ ";$(desktop_key MimeType)" == *";$type;"* ]] || fail "$app_id.desktop: MimeType lacks $type"
done
for key in 'Name\[ko\]' 'Comment\[ko\]'; do
    desktop_key "$key" | has_hangul || fail "$app_id.desktop: no Korean ${key//\\/}"
done

# The AppStream metainfo: valid, and naming the same id, desktop entry, programs and version.
metainfo=$root/share/metainfo/$app_id.metainfo.xml
if ! command -v appstreamcli >/dev/null; then
    fail "appstreamcli is missing (appstream; scripts/deps installs it)"
elif ! appstreamcli validate --no-net "$metainfo" >&2; then
    fail "appstreamcli rejects $app_id.metainfo.xml"
fi
for text in "<id>$app_id</id>" \
    "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    '<binary>service-designer</binary>' '<binary>service-designer-cli</binary>' \
    '<metadata_license>CC0-1.0</metadata_license>' \
    '<project_license>GPL-3.0-or-later</project_license>' \
    '<content_rating type="oars-1.1"' '<summary xml:lang="ko">' '<p xml:lang="ko">' \
    '<screenshot type="default">'; do
    grep -qF -- "$text" "$metainfo" || fail "$app_id.metainfo.xml lacks $text"
done
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1)
[[ $newest == "<release version=\"$version\"" ]] ||
    fail "$app_id.metainfo.xml: the newest release is not $version (the project's VERSION)"

# The icons: an SVG, and PNGs of the size their folder says (the width and height of the IHDR
# chunk, bytes 16 to 23 of the file).
grep -q '<svg' "$root/share/icons/hicolor/scalable/apps/$app_id.svg" ||
    fail "the scalable icon is not an SVG"
for size in 16 32 48 64 128 256; do
    png=$root/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [[ -f $png ]] || continue
    read -r -a header < <(od -An -tu1 -w24 -N24 "$png")
    width=$(((header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19]))
    height=$(((header[20] << 24) | (header[21] << 16) | (header[22] << 8) | header[23]))
    if [[ ${header[1]}${header[2]}${header[3]} != 807871 || $width != "$size" || $height != "$size" ]]; then
        fail "${png#"$root"/} is not a ${size}x$size PNG"
    fi
done

if ((failures > 0)); then
    echo "$failures check(s) failed; the installed files are in $destdir" >&2
    exit 1
fi
echo "install layout: ${#expected[@]} files in $destdir/usr, all checks passed"
rm -rf "$destdir" # the programs of a sanitizer build are large; kept above when a check fails
