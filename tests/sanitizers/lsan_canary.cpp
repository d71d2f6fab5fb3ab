// SPDX-License-Identifier: GPL-3.0-or-later
// Sanitizers.OurLeakIsReported: a QtTest function that leaks an object of ours. Run under the sanitizer
// pass with tests/sanitizers/lsan.supp, LeakSanitizer must still report it — so the suppressions hide
// nothing of ours, even though every QtTest function runs below libQt6Core frames.
#include <QObject>
#include <QtTest>

class LsanCanary : public QObject {
    Q_OBJECT
private slots:
    void leaksAnObjectOfOurs()
    {
        auto *leaked = new QObject; // deliberately never deleted
        leaked->setObjectName(QStringLiteral("canary"));
        QVERIFY(!leaked->objectName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(LsanCanary)
#include "lsan_canary.moc"
