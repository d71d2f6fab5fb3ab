// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string of the GUI is translated in the Danish .ts file, and the .ts file is up
// to date with the sources (lupdate finds no string it lacks).
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context, source, translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            m = Message{context, {}, {}, false};
        else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << m;
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void danishIsComplete()
    {
        const QList<Message> messages =
            readTs(QStringLiteral(TAPER_SOURCE_DIR "/gui/translations/opioidtaper_da.ts"));
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const Message &m : messages)
            if (m.unfinished || m.translation.trimmed().isEmpty())
                missing << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void tsFileCoversEverySourceString()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(TAPER_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(TAPER_SOURCE_DIR "/gui"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> known;
        for (const Message &m :
             readTs(QStringLiteral(TAPER_SOURCE_DIR "/gui/translations/opioidtaper_da.ts")))
            known.insert(m.context + QLatin1Char('\x1f') + m.source);
        QStringList absent;
        for (const Message &m : readTs(fresh))
            if (!known.contains(m.context + QLatin1Char('\x1f') + m.source))
                absent << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(absent.isEmpty(), qPrintable(QStringLiteral("run the update_translations target:\n") +
                                              absent.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
