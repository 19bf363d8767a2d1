// SPDX-License-Identifier: GPL-3.0-or-later
// The designer window with the 10,000-Service file open (offscreen, no display): selecting a
// Service and editing one of its ports, until the form, the ports table, the YAML preview and
// the findings show the change. Target: within 100 ms of the keystroke, counting the
// scheduler's debounce (ValidationScheduler::debounceInterval(), 50 ms), which this benchmark
// reports separately because it is a wait, not work.

#include <benchmark/benchmark.h>

#include <QApplication>

#include "generated.h"
#include "model/document/manifestdocument.h"
#include "model/itemmodels/porttablemodel.h"
#include "model/itemmodels/servicelistmodel.h"
#include "model/validation/validationscheduler.h"
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
    for (auto _ : state) {
        row = (row + 4999) % list->rowCount(); // a different Service each time, far apart
        window.selectService(list->serviceAt(row));
        // The keystroke's edit, as the table's delegate makes it.
        ports->setData(ports->index(0, sd::PortTableModel::PortColumn), ++port % 20000 + 1000);
        // The debounced pass, done now, then the views repaint what changed.
        window.scheduler()->validateNow();
        QApplication::processEvents();
        if (ports->index(0, sd::PortTableModel::PortColumn).data().toInt() != port % 20000 + 1000)
            state.SkipWithError("the table does not show the edit");
    }
    state.counters["debounce_ms"] = window.scheduler()->debounceInterval();
    state.counters["services"] = list->rowCount();
}
BENCHMARK(BM_SelectAndEditAPort)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
