// SPDX-License-Identifier: GPL-3.0-or-later
// The plan side of the document: making a taper plan through taper::plan with undo/redo, re-planning
// on regimen edits, plan files (save, reopen, refuse a newer schema), the schedule and comparison
// models (QAbstractItemModelTester) and co-medication lines that never count in MEQ.
#include "gui_test_support.h"

#include "addlinedialog.h"
#include "comparemodel.h"
#include "languagemanager.h"
#include "lineeditor.h"
#include "plandocument.h"
#include "planoptionsdialog.h"
#include "plantext.h"
#include "schedulemodel.h"

#include "taper/json_reader.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

namespace {

TaperOptions anneOptions()
{
    TaperOptions o;
    o.start = guitest::today() + date::days{7};
    return o;
}

} // namespace

class TestPlan : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }
    void init() { m_language->setLanguage(QStringLiteral("da"), false); }

    void makePlanUndoRedo()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QSignalSpy planChanged(&doc, &PlanDocument::planChanged);
        QVERIFY(!doc.hasPlan());
        QCOMPARE(doc.setTaperOptions(anneOptions()), QString());
        QVERIFY(doc.hasPlan());
        QVERIFY(doc.schedule());
        QVERIFY(doc.schedule()->steps.size() > 5);
        QCOMPARE(doc.schedule()->steps.front().totalMeq.value(), 300.0);
        QCOMPARE(doc.schedule()->steps.back().totalMeq.value(), 0.0);
        QVERIFY(planChanged.count() >= 1);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(!doc.hasPlan());
        QVERIFY(!doc.schedule());
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(doc.schedule());
        QCOMPARE(doc.schedule()->options.intervalDays, 14);
    }

    void refusedOptionsChangeNothing()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        TaperOptions o = anneOptions();
        o.targetMeq = MeqPerDay{500}; // above the start: the core refuses
        const QString error = doc.setTaperOptions(o);
        QVERIFY(!error.isEmpty());
        QVERIFY(!doc.hasPlan());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void regimenEditsReplanAndUndoRestores()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QCOMPARE(doc.setTaperOptions(anneOptions()), QString());
        const std::size_t steps = doc.schedule()->steps.size();
        doc.removeLine(1); // the PRN line: 120 mg MEQ left
        QVERIFY(doc.schedule());
        QCOMPARE(doc.schedule()->steps.front().totalMeq.value(), 120.0);
        QVERIFY(doc.schedule()->steps.size() < steps);
        doc.undoStack()->undo();
        QCOMPARE(doc.schedule()->steps.front().totalMeq.value(), 300.0);
        QCOMPARE(doc.schedule()->steps.size(), steps);
        doc.removePlan();
        QVERIFY(!doc.hasPlan());
        doc.undoStack()->undo();
        QVERIFY(doc.schedule());
    }

    void planFileRoundTripAndNewerSchemaRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("anne.plan.json"));
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QCOMPARE(doc.setTaperOptions(anneOptions()), QString());
        QString error;
        QVERIFY2(doc.save(path, &error), qPrintable(error));
        QVERIFY(doc.fileIsPlan());
        QVERIFY(!doc.isModified());

        PlanDocument again(guitest::formulary(), guitest::today());
        again.openAny(path);
        QVERIFY(again.fileIsPlan());
        QVERIFY(again.schedule());
        QCOMPARE(again.schedule()->steps.size(), doc.schedule()->steps.size());
        QCOMPARE(again.lineCount(), 2);
        QCOMPARE(json::Json(toJson(again.toPlan())), json::Json(toJson(doc.toPlan())));

        json::Json newer = json::readFile(path.toStdString());
        newer["schema_version"] = 2;
        const QString newerPath = dir.filePath(QStringLiteral("newer.json"));
        QFile f(newerPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(newer.dump(2)));
        f.close();
        try {
            again.openAny(newerPath);
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QVERIFY2(e.where().find("schema_version") != std::string::npos, e.what());
        }
        QVERIFY(again.filePath().endsWith(QStringLiteral("anne.plan.json"))); // unchanged
    }

    void optionsDialogOffersEveryCoreOption()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        PlanOptionsDialog dialog(&doc);
        auto *method = dialog.findChild<QComboBox *>(QStringLiteral("method"));
        auto *custom = dialog.findChild<QLineEdit *>(QStringLiteral("customPercents"));
        auto *switchAt = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("switchAtPercent"));
        auto *minStep = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("minStep"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(method && custom && switchAt && minStep && ok);
        QVERIFY(!custom->isEnabled());
        QVERIFY(!switchAt->isEnabled());
        QCOMPARE(minStep->text(), QStringLiteral("ingen")); // no minimum cut by default
        QVERIFY(!dialog.options().minStepMeq);

        method->setCurrentIndex(method->findData(int(TaperMethod::Linear)));
        QVERIFY(switchAt->isEnabled());
        switchAt->setValue(40);
        QCOMPARE(dialog.options().switchAtPercent, 40.0);
        minStep->setValue(10);
        QCOMPARE(dialog.options().minStepMeq.value().value(), 10.0);

        method->setCurrentIndex(method->findData(int(TaperMethod::Custom)));
        QVERIFY(custom->isEnabled());
        QVERIFY(!dialog.fieldError(QStringLiteral("custom_percents")).isEmpty()); // empty list: core refuses
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(custom, QStringLiteral("75; abc"));
        QVERIFY(dialog.fieldError(QStringLiteral("custom_percents")).contains(QStringLiteral("abc")));
        custom->setText(QStringLiteral("75; 80; 0")); // not decreasing: the core's rule, shown in place
        QVERIFY(!dialog.fieldError(QStringLiteral("custom_percents")).isEmpty());
        QVERIFY(!ok->isEnabled());
        custom->setText(QStringLiteral("75; 37,5; 10; 0")); // Danish decimal comma
        QCOMPARE(dialog.fieldError(QStringLiteral("custom_percents")), QString());
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.options().customPercents, (std::vector<double>{75, 37.5, 10, 0}));
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(doc.schedule());
        QVERIFY(doc.taperOptions()->method == TaperMethod::Custom);
        PlanOptionsDialog again(&doc); // reopened: the custom list is shown in the UI's number format
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("customPercents"))->text(),
                 QStringLiteral("75; 37,5; 10; 0"));
    }

    void optionsDialogOffersIssue17Options()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        PlanOptionsDialog dialog(&doc);
        auto *hold = dialog.findChild<QSpinBox *>(QStringLiteral("maxHold"));
        auto *align = dialog.findChild<QCheckBox *>(QStringLiteral("alignToSessions"));
        auto *unconfirmed = dialog.findChild<QCheckBox *>(QStringLiteral("allowUnconfirmed"));
        QVERIFY(hold && align && unconfirmed);
        QCOMPARE(hold->value(), 3); // the core's defaults
        // Values outside the core's 1–kMaxHoldIntervals can be typed and are refused beside the field.
        hold->setValue(kMaxHoldIntervals + 1);
        QVERIFY(!dialog.fieldError(QStringLiteral("max_hold_intervals")).isEmpty());
        hold->setValue(3);
        QVERIFY(dialog.fieldError(QStringLiteral("max_hold_intervals")).isEmpty());
        QVERIFY(align->isChecked());
        QVERIFY(!unconfirmed->isChecked());
        QVERIFY(dialog.options().shortExposurePace); // nothing chosen: the pace may follow short exposure
        hold->setValue(1);
        align->setChecked(false);
        unconfirmed->setChecked(true);
        const TaperOptions o = dialog.options();
        QCOMPARE(o.maxHoldIntervals, 1);
        QVERIFY(!o.alignToSessions);
        QVERIFY(o.allowUnconfirmed);
        QVERIFY(o.shortExposurePace);
        auto *step = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("stepPercent"));
        step->setValue(5); // a pace chosen here is never replaced
        QVERIFY(!dialog.options().shortExposurePace);
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(doc.taperOptions()->maxHoldIntervals, 1);
        PlanOptionsDialog again(&doc);
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("maxHold"))->value(), 1);
        QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("alignToSessions"))->isChecked());
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("allowUnconfirmed"))->isChecked());
    }

    void issue17NotesRenderInDanish()
    {
        const Formulary &formulary = *guitest::formulary();
        const TaperNote held{
            TaperNoteCode::HeldLonger, 3, {{"intervals", 2.0}, {"days", 28.0}, {"cut_percent", 14.3}}};
        QCOMPARE(PlanText::note(held, formulary),
                 QStringLiteral(
                     "Trin 3 varer 4 uger (28 dage) i stedet for 2 uger, fordi nedsættelsen til dette trin "
                     "(14,3 %) er større end planens sædvanlige nedsættelse; så får kroppen tid til at vænne "
                     "sig til den nye dosis"));
        const TaperNote days{
            TaperNoteCode::PatchChangeDays,
            1,
            {{"product", std::string("transtec-35")}, {"weekdays", std::string("monday,thursday")}}};
        QCOMPARE(PlanText::note(days, formulary),
                 QStringLiteral(
                     "Trin 1: Transtec depotplaster 35 mikrogram/time skiftes på faste ugedage: hver mandag "
                     "og torsdag"));
        const TaperNote family{TaperNoteCode::PatchFamilySwitch,
                               2,
                               {{"from", std::string("transtec-35")},
                                {"to", std::string("norspan-20")},
                                {"from_rate", 35.0},
                                {"to_rate", 20.0},
                                {"meq_before", 84.0},
                                {"meq_after", 48.0}}};
        QVERIFY2(PlanText::note(family, formulary)
                     .contains(QStringLiteral("Norspan depotplaster 20 mikrogram/time")),
                 qPrintable(PlanText::note(family, formulary)));
        const TaperNote noDepot{
            TaperNoteCode::NoDepotForm,
            std::nullopt,
            {{"substance", std::string("ketobemidone")}, {"rotate_to", std::string("morphine")}}};
        QCOMPARE(PlanText::note(noDepot, formulary),
                 QStringLiteral(
                     "Ketobemidon findes ikke som depotpræparat, så det hurtigtvirkende præparat trappes "
                     "selv ned. Det sædvanlige råd i Danmark er at skifte til morfin depottabletter"));
        const TaperNote shortExposure{TaperNoteCode::ShortExposure,
                                      std::nullopt,
                                      {{"max_days", 28.0},
                                       {"days", 20.0},
                                       {"interval_days", 4.0},
                                       {"step_percent", 20.0},
                                       {"source", std::string("DK-SEP")}}};
        QCOMPARE(PlanText::note(shortExposure, formulary),
                 QStringLiteral(
                     "Alle opioider er startet for mindre end 28 dage siden (det første for 20 dage siden). "
                     "Planen følger derfor tempoet efter kortvarig behandling: 20 % hver 4. dag (kilde: "
                     "Sundhedsstyrelsen, 2024)"));
    }

    void scheduleModelShowsSteps()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        ScheduleModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QCOMPARE(doc.setTaperOptions(anneOptions()), QString());
        QCOMPARE(model.rowCount(), int(doc.schedule()->steps.size()));
        QCOMPARE(model.index(0, ScheduleModel::Meq).data().toString(), QStringLiteral("300"));
        QCOMPARE(model.index(0, ScheduleModel::Percent).data().toString(), QStringLiteral("100 %"));
        QCOMPARE(model.index(0, ScheduleModel::Meq).data(ScheduleModel::MeqValueRole).toDouble(), 300.0);
        // Danish dates (dd.MM.yyyy) and doses per time of day by product
        QVERIFY(
            model.index(0, ScheduleModel::Dates).data().toString().contains(QStringLiteral("28.11.2026")));
        QVERIFY(
            model.index(0, ScheduleModel::Morning).data().toString().contains(QStringLiteral("Contalgin")));
        QVERIFY(!model.index(0, ScheduleModel::Dispense).data().toString().isEmpty());
        QVERIFY(!model.headerData(ScheduleModel::Morning, Qt::Horizontal).toString().isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
    }

    void halvesAndNotesRender()
    {
        QCOMPARE(PlanText::units(HalfUnits{1}), QStringLiteral("½"));
        QCOMPARE(PlanText::units(HalfUnits{3}), QStringLiteral("1½"));
        QCOMPARE(PlanText::units(HalfUnits{4}), QStringLiteral("2"));
        const Formulary &formulary = *guitest::formulary();
        TaperNote rotation{TaperNoteCode::Rotation,
                           0,
                           {{"from", std::string("morphine")},
                            {"to", std::string("oxycodone")},
                            {"meq_before", 300.0},
                            {"meq_after", 225.0},
                            {"reduction_percent", 25.0}}};
        const QString da = PlanText::note(rotation, formulary);
        QVERIFY2(da.contains(QStringLiteral("morfin")) && da.contains(QStringLiteral("oxycodon")) &&
                     da.contains(QStringLiteral("25 %")),
                 qPrintable(da));
        m_language->setLanguage(QStringLiteral("en"), false);
        const QString en = PlanText::note(rotation, formulary);
        QVERIFY2(en.contains(QStringLiteral("switch from morphine to oxycodone")), qPrintable(en));
        for (std::size_t i = 0; i < EnumNames<TaperNoteCode>::names.size(); ++i) {
            const QString text = PlanText::note(TaperNote{static_cast<TaperNoteCode>(i), 1, {}}, formulary);
            QVERIFY2(!text.contains(QString::fromLatin1(EnumNames<TaperNoteCode>::names[i].data())),
                     qPrintable(text));
        }
    }

    void compareModelUnderFourProfiles()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        CompareModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        model.setProfiles({QStringLiteral("dk"), QStringLiteral("no-hdir"), QStringLiteral("cdc-2022"),
                           QStringLiteral("cdc-2016")});
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.rowCount(), 3); // two opioid lines and the total
        QCOMPARE(model.index(2, 1).data(CompareModel::MeqValueRole).toDouble(), 300.0);
        QVERIFY(model.index(2, 1).data(CompareModel::LowRole).toDouble() <= 300.0);
        QVERIFY(model.index(2, 1).data(CompareModel::HighRole).toDouble() >= 300.0);
        QVERIFY(model.index(0, 1).data().toString().contains(QStringLiteral("120 (")));
        QVERIFY(!model.index(0, 1).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.headerData(3, Qt::Horizontal).toString().contains(QStringLiteral("cdc-2022")));
        doc.removeLine(1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 1).data(CompareModel::MeqValueRole).toDouble(), 120.0);
    }

    void coMedicationShownButNeverInMeq()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QCOMPARE(doc.addLine(LineEditor::forCoMedication(QStringLiteral("substance"),
                                                         QStringLiteral("diazepam"), doc.formulary())),
                 QString());
        QCOMPARE(doc.addLine(LineEditor::forCoMedication(QStringLiteral("atc"), QStringLiteral("A06AD11"),
                                                         doc.formulary())),
                 QString());
        QCOMPARE(doc.lineCount(), 4);
        QVERIFY(doc.line(2).coMedication);
        QCOMPARE(doc.meq().total().value(), 300.0);
        QCOMPARE(doc.meq().lines.size(), std::size_t{2});
        bool benzo = false;
        for (const Finding &f : doc.findings())
            benzo = benzo || f.code == FindingCode::BenzodiazepineCombination;
        QVERIFY(benzo);
        // an opioid ATC code is not a co-medication: the core refuses it
        QVERIFY(!doc.addLine(LineEditor::forCoMedication(QStringLiteral("atc"), QStringLiteral("N02AA01"),
                                                         doc.formulary()))
                     .isEmpty());
        QCOMPARE(doc.lineCount(), 4);
    }

    void addLineDialogOffersCoMedications()
    {
        AddLineDialog dialog(*guitest::formulary());
        dialog.setSearchText(QStringLiteral("diazepam"));
        QVERIFY(dialog.matchCount() >= 1);
        QCOMPARE(dialog.choiceKind(), QStringLiteral("substance"));
        QCOMPARE(dialog.choiceId(), QStringLiteral("diazepam"));
        QVERIFY(dialog.productId().isEmpty());
        dialog.setSearchText(QStringLiteral("a06ad11"));
        QCOMPARE(dialog.choiceKind(), QStringLiteral("atc"));
        QCOMPARE(dialog.choiceId(), QStringLiteral("A06AD11"));
        dialog.setSearchText(QStringLiteral("conta"));
        QCOMPARE(dialog.choiceKind(), QStringLiteral("product"));
    }

    /// Not a timed test: the document's share of a dose edit with a plan (meq::compute, rules::check,
    /// taper::plan), without widgets.
    void benchmarkDocumentEdit()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QCOMPARE(doc.setTaperOptions(anneOptions()), QString());
        RegimenLine line = doc.line(0);
        bool high = false;
        QBENCHMARK
        {
            high = !high;
            line.dose = Mg(high ? 40 : 30);
            QCOMPARE(doc.replaceLine(0, line), QString());
        }
    }
};

QTEST_MAIN(TestPlan)
#include "test_plan.moc"
