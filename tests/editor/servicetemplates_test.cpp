// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTPS template of Service › Add from Template really terminates TLS on each provider that
// has a recipe for it (documentcommands_test checks every template on the generic provider).

#include <gtest/gtest.h>

#include "model/document/servicetemplates.h"
#include "model/providers/profilematch.h"
#include "model/providers/providerregistry.h"
#include "model/validation/validator.h"
#include "resources/resources.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

ProviderRegistry builtIns()
{
    return ProviderRegistry::withBuiltIns(providerProfilesPath(), false, nullptr);
}

Environment on(const ProviderRegistry &registry, const QString &id)
{
    Environment environment;
    environment.platform.provider = registry.find(id);
    EXPECT_TRUE(environment.platform.provider) << id.toStdString();
    environment.platform.knownProviders = registry.profiles();
    return environment;
}

QStringList problems(const Service &service, const Environment &environment)
{
    QStringList out;
    for (const Finding &f : validateService(service, environment)) {
        if (f.severity != Severity::Info)
            out << f.code + u": "_s + f.message;
    }
    return out;
}

TEST(ServiceTemplates, TheHttpsTemplateTerminatesTlsWhereTheProviderCan)
{
    const ProviderRegistry registry = builtIns();
    std::optional<ServiceTemplate> https;
    for (ServiceTemplate &t : serviceTemplates()) {
        if (t.id == u"https-lb-tls")
            https = t;
    }
    ASSERT_TRUE(https);
    int recipes = 0;
    for (const auto &profile : registry.profiles()) {
        const std::optional<TlsRecipe> recipe = tlsRecipe(profile->id);
        if (!recipe)
            continue;
        ++recipes;
        EXPECT_FALSE(recipe->certificateLabel.isEmpty());
        const Service service = withTls(https->service, *recipe, recipe->example);
        const Environment environment = on(registry, profile->id);
        // The provider acts on it, and its own profile says TLS ends at the load balancer.
        ASSERT_TRUE(handles(*profile, service)) << profile->id.toStdString();
        const ProfileVariant &variant = selectVariant(*profile, service);
        EXPECT_EQ(variant.tls.support.support, Support::Yes) << profile->id.toStdString();
        const ServicePort &port = service.ports().front().value();
        EXPECT_TRUE(tlsEndsAtLoadBalancer(variant.tls, service, port)) << profile->id.toStdString();
        // The pods get plain HTTP, and nothing the provider or the API server would say.
        EXPECT_EQ(port.appProtocol.value(), u"http"_s);
        EXPECT_TRUE(problems(service, environment).isEmpty())
            << profile->id.toStdString() << ":\n"
            << problems(service, environment).join(u'\n').toStdString();
    }
    EXPECT_GE(recipes, 5);
    // Where the provider does not terminate TLS for a Service, there is no recipe.
    for (const QString &id : {u"gke"_s, u"azure"_s, u"generic"_s, u"none"_s})
        EXPECT_FALSE(tlsRecipe(id)) << id.toStdString();
}

} // namespace
} // namespace sd
