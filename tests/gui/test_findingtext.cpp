// SPDX-License-Identifier: GPL-3.0-or-later
// FindingText: every FindingCode of the core has its own wording in Danish and English — the
// catalogue's (taper::text), so the screen says what the CLI and the printed documents say — with its
// parameters rendered (numbers in the UI's format, substances, products and groups by name), no
// "code (params)" fallback and no unreplaced %1 left.
#include "gui_test_support.h"

#include "findingtext.h"
#include "languagemanager.h"
#include "sample_parameters.h"

#include <QRegularExpression>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

class TestFindingText : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

    QString render(FindingCode code, bool flags, const char *language)
    {
        m_language->setLanguage(QString::fromLatin1(language), false);
        return FindingText::message(test::sampleFinding(code, flags), *guitest::formulary());
    }

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }
    void cleanupTestCase() { m_language->setLanguage(QStringLiteral("da"), false); }

    void everyCodeHasWordingInBothLanguages_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("flags");
        for (std::size_t i = 0; i < kFindingCodeCount; ++i)
            for (bool flags : {false, true})
                QTest::newRow((std::string(kFindingCodeNames[i]) + (flags ? "/flags" : "")).c_str())
                    << int(i) << flags;
    }

    void everyCodeHasWordingInBothLanguages()
    {
        QFETCH(int, code);
        QFETCH(bool, flags);
        const auto c = static_cast<FindingCode>(code);
        const QString name = QString::fromLatin1(toString(c).data(), qsizetype(toString(c).size()));
        const QString da = render(c, flags, "da");
        const QString en = render(c, flags, "en");
        for (const QString &text : {da, en}) {
            QVERIFY2(text.size() > 20, qPrintable(text));
            QVERIFY2(!text.contains(name), qPrintable(text));             // not the code fallback
            QVERIFY2(!text.contains(QLatin1Char('=')), qPrintable(text)); // not key=value parameters
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(text));
        }
        QVERIFY2(da != en, qPrintable(da)); // translated, not the English source
    }

    void patientDataMissingNamesTheFields()
    {
        Finding f{FindingCode::NotAssessed, Severity::Info, std::nullopt, {}, "US-CDC22"};
        f.parameters.emplace_back("reason", std::string("patient_data_missing"));
        f.parameters.emplace_back("fields", std::string("age, egfr_ml_min, copd"));
        m_language->setLanguage(QStringLiteral("da"), false);
        QCOMPARE(FindingText::message(f, *guitest::formulary()),
                 QStringLiteral("Ikke vurderet, da disse patientoplysninger mangler: alder, eGFR og KOL."));
        m_language->setLanguage(QStringLiteral("en"), false);
        QVERIFY(
            FindingText::message(f, *guitest::formulary()).contains(QStringLiteral("age, eGFR and COPD")));
        QVERIFY(render(FindingCode::RenalImpairment, false, "da").contains(QStringLiteral("42,5 ml/min")));
        QVERIFY(render(FindingCode::Elderly, true, "da").contains(QStringLiteral("zopiclon")));
    }

    void parametersAreRenderedInTheUiFormat()
    {
        QVERIFY(render(FindingCode::HighMeq, false, "da").contains(QStringLiteral("312,5 mg")));
        QVERIFY(render(FindingCode::HighMeq, false, "en").contains(QStringLiteral("312.5 mg")));
        QVERIFY(render(FindingCode::HighMeq, true, "da").contains(QStringLiteral("på eller over")));
        QVERIFY(
            render(FindingCode::MultipleOpioids, false, "da").contains(QStringLiteral("morfin, oxycodon")));
        QVERIFY(render(FindingCode::MultipleOpioids, false, "en")
                    .contains(QStringLiteral("morphine, oxycodone")));
        QVERIFY(
            render(FindingCode::BenzodiazepineCombination, false, "da").contains(QStringLiteral("diazepam")));
        QVERIFY(render(FindingCode::DepotUnevenInterval, false, "da")
                    .contains(QStringLiteral("Contalgin depottablet 30 mg")));
        QVERIFY(render(FindingCode::TramadolSerotonergic, true, "en")
                    .contains(QStringLiteral("contraindicated")));
    }
};

QTEST_MAIN(TestFindingText)
#include "test_findingtext.moc"
