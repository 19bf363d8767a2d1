// SPDX-License-Identifier: GPL-3.0-or-later
// The designer window with the 10,000-Service file open (offscreen, no display): selecting a
// Service and editing one of its ports, until the form, the ports table, the YAML preview and
// the findings show the change; and opening a file in a new window until its last finding is
// listed (at most 0.4 s for 10,000 Services, 1.5 s for 50,000). Targets: at most 3 ms of work, not counting the scheduler's
// debounce (ValidationScheduler::debounceInterval(), reported as a counter because it is a
// wait, not work); and the synchronous part of the edit (the command and everything that
// follows its change at once) at most twice the revalidation it causes.

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeView>

#include "benchmain.h"
#include "generated.h"
#include "model/document/manifestdocument.h"
#include "model/document/validationscheduler.h"
#include "model/io/heapsetup.h"
#include "model/itemmodels/porttablemodel.h"
#include "model/itemmodels/servicelistmodel.h"
#include "widgets/mainwindow.h"
#include "widgets/serviceform.h"

namespace {

void BM_SelectAndEditAPort(benchmark::State &state)
{
    sd::MainWindow window;
    window.openUntitled(sd::bench::generatedManifest());
    window.show();
    window.scheduler()->validateNow();
    QApplication::processEvents();
    sd::ServiceListModel *list = window.serviceListModel();
    sd::PortTableModel *ports = window.serviceForm()->portModel();
    int row = 0;
    int port = 9000;
    qint64 editNs = 0;
    qint64 validateNs = 0;
    qint64 selectNs = 0;
    qint64 eventsNs = 0;
    QElapsedTimer clock;
    for (auto _ : state) {
        row = (row + 4999) % list->rowCount(); // a different Service each time, far apart
        clock.start();
        window.selectService(list->serviceAt(row));
        selectNs += clock.nsecsElapsed();
        // The keystroke's edit, as the table's delegate makes it, with everything that follows
        // the document's change at once (models, form, preview, list).
        clock.start();
        ports->setData(ports->index(0, sd::PortTableModel::PortColumn), ++port % 20000 + 1000);
        editNs += clock.nsecsElapsed();
        // The debounced pass, done now, then the views repaint what changed.
        clock.start();
        window.scheduler()->validateNow();
        validateNs += clock.nsecsElapsed();
        clock.start();
        QApplication::processEvents();
        eventsNs += clock.nsecsElapsed();
        if (ports->index(0, sd::PortTableModel::PortColumn).data().toInt() != port % 20000 + 1000)
            state.SkipWithError("the table does not show the edit");
    }
    const double n = double(state.iterations());
    state.counters["edit_ms"] = double(editNs) / n / 1e6;
    state.counters["select_ms"] = double(selectNs) / n / 1e6;
    state.counters["events_ms"] = double(eventsNs) / n / 1e6;
    state.counters["revalidate_ms"] = double(validateNs) / n / 1e6;
    state.counters["edit_per_revalidate"] = validateNs > 0 ? double(editNs) / double(validateNs)
                                                           : 0;
    state.counters["debounce_ms"] = window.scheduler()->debounceInterval();
    state.counters["services"] = list->rowCount();
}
BENCHMARK(BM_SelectAndEditAPort)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// One keystroke in the findings filter with every finding of a 10,000- or 50,000-Service file
// listed, until the list shows the result (at most 50 ms at 50,000): the text grows a letter at a
// time ("w", "we", "web", ..., then back to empty), as a user types and clears it.
void BM_FindingsFilterKeystroke(benchmark::State &state)
{
    sd::MainWindow window;
    window.openUntitled(sd::bench::generatedManifest(int(state.range(0))));
    window.show();
    window.scheduler()->validateNow();
    QApplication::processEvents();
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("findingsFilter"));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("findingsView"));
    if (!filter || !view) {
        state.SkipWithError("no findings filter");
        return;
    }
    const QStringList texts{QStringLiteral("w"),
                            QStringLiteral("we"),
                            QStringLiteral("web"),
                            QStringLiteral("web-1"),
                            QStringLiteral("web-12"),
                            QString()};
    qsizetype next = 0;
    const int all = view->model()->rowCount();
    for (auto _ : state) {
        filter->setText(texts[next]);
        QApplication::processEvents();
        next = (next + 1) % texts.size();
    }
    state.counters["findings"] = all;
}
BENCHMARK(BM_FindingsFilterKeystroke)
    ->Arg(10000)
    ->Arg(50000)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

// A new window opens a file of state.range(0) Services (read from disk, as File › Open does)
// and shows it, until the last finding is in the findings list: what the user waits for after
// launching the designer on the file. The window paints between the validator's slices, as it
// does on screen.
void BM_OpenFileToLastFinding(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("services.yaml"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(sd::bench::generatedManifest(int(state.range(0)))) < 0) {
            state.SkipWithError("cannot write the file");
            return;
        }
    }
    int findings = 0;
    for (auto _ : state) {
        sd::MainWindow window;
        window.show();
        QApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        if (!window.openFile(path)) {
            state.SkipWithError("cannot open the file");
            return;
        }
        sd::ValidationScheduler *scheduler = window.scheduler();
        auto *view = window.findChild<QTreeView *>(QStringLiteral("findingsView"));
        while (scheduler->hasPendingWork() || scheduler->passCount() == 0)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QApplication::processEvents(); // the findings list paints its rows
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        findings = view ? view->model()->rowCount() : 0;
    }
    state.counters["services"] = double(state.range(0));
    state.counters["findings"] = findings;
}
BENCHMARK(BM_OpenFileToLastFinding)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(50000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    // The heap as both programs set it up (see benchmain.h).
    sd::growHeapInLargeSteps();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return sd::bench::runBenchmarks(argc, argv);
}
