// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tables of a profile file (profileloader.h describes the format): profileloader.cpp reads
// the profile and its variants' facts, profileloader_rules.cpp its selectors, rules, catalogue,
// port settings and sources. Not part of the model's interface.

#include "model/providers/profilereader_p.h"

namespace sd::profileschema {

class ProfileReader final : public SchemaReader
{
public:
    using SchemaReader::SchemaReader;

    void readProfile(const Node &root, ProviderProfile &p);

private:
    // profileloader.cpp
    void readFact(const Node &n, const QString &path, Fact &f, bool provenanceRequired = false);
    void readVariants(const Node &n, const QString &path, std::vector<ProfileVariant> &variants);
    void readVariant(const Node &n, const QString &path, ProfileVariant &v);
    void readProtocols(const Node &n, const QString &path, ProfileVariant &v);
    void readProxyProtocol(const Node &n, const QString &path, ProxyProtocol &pp);
    void readProxyAnnotation(const Node &n, const QString &path, ProxyProtocolAnnotation &a);
    void readVersionByValue(const Node &n, const QString &path, ProxyProtocolAnnotation &a);
    void readTls(const Node &n, const QString &path, Tls &t);
    void readBackendProtocol(const Node &n, const QString &path, BackendProtocol &b);

    // profileloader_rules.cpp
    /** `source` and `confidence` in the map of the thing they describe; `[tag]` in the source
     *  becomes `repository@commit` of the profile's `sources`. */
    void readProvenance(const Node &map, const QString &path, Provenance &p, bool isRequired);
    void readSources(const Node &n, const QString &path, std::vector<SourceRepository> &out);
    void readSelectors(const Node &n, const QString &path, std::vector<Selector> &out);
    void readSelector(const Node &n, const QString &path, Selector &s);
    void readPortTest(const Node &n, const QString &path, PortTest &t);
    void readRejections(const Node &n, const QString &path, std::vector<Rejection> &out);
    void readRejection(const Node &n, const QString &path, Rejection &r);
    void readAnnotationAlias(const Node &n, const QString &path, AnnotationAlias &a);
    void readAnnotationSpec(const Node &n, const QString &path, AnnotationSpec &a);
    void readJsonField(const Node &n, const QString &path, JsonField &f);
    void readPortSettings(const Node &n, const QString &path, PortSettings &s);
    void readPortSetting(const Node &n, const QString &path, PortSetting &s);
    /** The variants an annotation names must be variants of the profile. */
    void checkAnnotationVariants(const Node &list, const ProviderProfile &p);
    /** A port test's `setting` must be one of the profile's port settings. */
    void checkPortSettingNames(const ProviderProfile &p);

    struct SettingReference
    {
        QString name;
        QString path;
        SourcePos pos;
    };
    std::vector<SourceRepository> m_sources;
    std::vector<SettingReference> m_settingReferences;
};

} // namespace sd::profileschema
