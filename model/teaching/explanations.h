// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "model/domain/fieldpath.h"

namespace sd {

/**
 * One explanation text: what a field or a protocol case does, what the API server
 * defaults, and what changes with the load-balancer provider. The same texts feed the
 * explanation panel and `service-designer-cli explain`.
 *
 * The files are `<directory>/<topic>.<language>.md` in a small Markdown subset: a first line
 * `# Title`, paragraphs (lines of one paragraph are joined), `- ` bullet items (continuation lines
 * indented by two spaces), `code` spans, and a last line with `<https://...>` links.
 */
struct Explanation
{
    QString topic;     ///< kebab-case id, one of explanationTopics()
    QString title;     ///< the first line without `# `
    QString markdown;  ///< the whole text, title line included (for QTextDocument::setMarkdown)
    QStringList links; ///< every `<https://...>` link of the text, in order, without duplicates
    QString language;  ///< the language that was loaded: "en" or "ko" (differs after a fallback)
};

/** Every topic id, in the order the explanation panel and `explain` list them. */
QStringList explanationTopics();

/**
 * Reduces a language or locale name (`ko`, `ko_KR`, `ko-KR`, `en_US.UTF-8`) to a language we have
 * texts in: "ko" for Korean, "en" for everything else.
 */
QString explanationLanguage(const QString &languageOrLocale);

/**
 * The explanation of `topic` in `language` (see explanationLanguage()), read from `directory`
 * (the bundled texts are at sd::explanationsPath() of the resources library, which the model does
 * not link). Falls back to English when the text does not exist in that language; nullopt when
 * the topic is not one of explanationTopics() or its file cannot be read or has no `# ` title.
 */
std::optional<Explanation> explanation(const QString &topic,
                                       const QString &language,
                                       const QString &directory);

/**
 * The topic that explains the field at `path` (the API server's field path, as in a Finding:
 * `spec.ports[1].protocol`, `metadata.annotations[service.beta.kubernetes.io/...]`). `value` is
 * the field's current value; it matters for `protocol` (TCP, UDP, SCTP) and for annotations whose
 * value says what they switch on (a Linode `port-N` JSON, AWS target-group attributes). Empty
 * when no topic covers the field.
 */
QString topicForField(const FieldPath &path, const QString &value = QString());

/** The topic that explains a finding with this code (Finding::code); empty when none does. */
QString topicForFindingCode(const QString &code);

/**
 * The text of an explanation for a terminal: the title without `#`, code spans without
 * backticks, `<url>` links as the bare URL and `[text](url)` as `text (url)`; bullets, line
 * breaks and blank lines are kept. Ends with one newline.
 */
QString markdownToPlainText(const QString &markdown);

} // namespace sd
