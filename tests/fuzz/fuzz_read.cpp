// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes, read as a manifest file is read (text check, YAML documents,
// kubectl's reading of the stream, Services), then saved and exported. It must never crash, leak,
// hang or hit undefined behaviour, and what it promises must hold:
// - a file that was read is saved back byte for byte;
// - an export, in YAML and in JSON, is read back without errors.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "model/io/manifest.h"
#include "model/io/manifestio.h"

namespace {

[[noreturn]] void broken(const char *promise, const QByteArray &bytes)
{
    std::fprintf(stderr, "fuzz_read: %s\n", promise);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const sd::ReadResult read = sd::readManifest(bytes);
    if (read.error)
        return 0;
    if (read.manifest.toBytes() != bytes)
        broken("a file read and saved unchanged is not the same bytes", bytes);
    (void) read.errors();
    for (const sd::ServiceRef ref : read.manifest.services())
        (void) read.manifest.serviceYaml(ref);

    for (const auto format : {sd::Manifest::Format::Yaml, sd::Manifest::Format::Json}) {
        const std::vector<sd::Node> objects = read.manifest.exportObjects(format);
        const QByteArray exported = sd::Manifest::writeObjects(objects, format);
        const sd::ReadResult again = sd::readManifest(exported);
        if (again.error || !again.errors().empty())
            broken("an export does not read back without errors", exported);
    }
    return 0;
}
