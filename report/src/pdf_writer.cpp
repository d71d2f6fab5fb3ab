// SPDX-License-Identifier: GPL-3.0-or-later
// PDF and page images with Qt Gui: the Qt-flavoured HTML of the model in a QTextDocument laid out on A4
// pages (table headers repeat on page breaks: QTextDocument honours <thead> when paginated; rows are
// kept whole and headings with what follows, see pdf_pagination.h), painted page by page with a footer
// line and "page X of N".
#include "chart_geometry.h"
#include "pdf_pagination.h"
#include "taper/atomic_file.h"
#include "taper/input_error.h"
#include "taper/plan.h"
#include "taper/report/pdf.h"
#include "taper/report/render.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <cstdio>
#include <memory>

namespace taper::report {

namespace {

constexpr double kMarginMm = 15;
constexpr double kFooterMm = 8;
/// Every document is laid out once, at this resolution, whatever it is painted on: a print preview's
/// QPrinter, the PDF and a page image then break pages at the same places (the preview shows the pages
/// the exported PDF has).
constexpr int kLayoutDpi = 300;
constexpr int kChartWidth = 640, kChartHeight = 260; // CSS pixels, as in the HTML

/// The documents' font at `points`. No shaping for Latin text: no "fi" ligature, so a search of the
/// PDF for "morfin" finds it.
QFont documentFont(double points)
{
    QFont font("DejaVu Sans");
    font.setPointSizeF(points);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

/// Draws the chart with the same layout as the SVG, scaled by `scale` device pixels per CSS pixel.
QImage chartImage(const Chart &chart, Lang lang, double scale)
{
    // Opaque (RGB32): drawing it into a page needs no format conversion, which Qt would spread over worker
    // threads.
    QImage image(QSize(int(kChartWidth * scale), int(kChartHeight * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    const detail::ChartLayout l = detail::layoutChart(chart, kChartWidth, kChartHeight, lang);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    QFont font = documentFont(10);
    font.setPixelSize(10);
    p.setFont(font);
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    for (const auto &t : l.yTicks)
        p.drawLine(QPointF(l.left, t.pos), QPointF(l.right, t.pos));
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
    p.drawRect(QRectF(QPointF(l.left, l.top), QPointF(l.right, l.bottom)));
    p.setPen(Qt::black);
    for (const auto &t : l.yTicks)
        p.drawText(QRectF(0, t.pos - 7, l.left - 4, 14), Qt::AlignRight | Qt::AlignVCenter,
                   QString::fromStdString(t.label));
    for (const auto &t : l.xTicks)
        p.drawText(QRectF(t.pos - 40, l.bottom + 3, 80, 14), Qt::AlignCenter,
                   QString::fromStdString(t.label));
    for (std::size_t s = 0; s < l.lines.size(); ++s) {
        const QColor colour = QColor::fromRgb(detail::kSeriesColours[s % detail::kSeriesColours.size()]);
        p.setPen(QPen(colour, 2));
        QPainterPath path;
        for (std::size_t i = 0; i < l.lines[s].size(); ++i) {
            const QPointF pt(l.lines[s][i].x, l.lines[s][i].y);
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        if (l.lines[s].size() > 1) p.drawPath(path);
        p.setBrush(colour);
        for (const auto &m : l.marks[s])
            p.drawEllipse(QPointF(m.x, m.y), 3.5, 3.5);
        p.setBrush(Qt::NoBrush);
        const double lx = l.left + 160.0 * double(s), ly = kChartHeight - 10.0;
        p.fillRect(QRectF(lx, ly - 8, 12, 4), colour);
        p.setPen(Qt::black);
        p.drawText(QPointF(lx + 16, ly - 3), QString::fromStdString(chart.series[s].name));
    }
    return image;
}

/// The model as a QTextDocument laid out for `device` on pages of `pageSize` device pixels.
std::unique_ptr<QTextDocument> layoutDocument(const Document &doc, QPaintDevice &device, QSizeF pageSize)
{
    auto text = std::make_unique<QTextDocument>();
    text->documentLayout()->setPaintDevice(&device);
    text->setDefaultFont(documentFont(doc.kind == Kind::Handout ? 11 : 9));
    text->setPageSize(pageSize);
    text->setDocumentMargin(0);
    // Image sizes in the HTML are CSS pixels; the layout scales them by the device's DPI / 96.
    const double scale = device.logicalDpiX() / 96.0;
    int index = 0;
    for (const Section &s : doc.sections)
        for (const Block &b : s.blocks)
            if (const auto *chart = std::get_if<Chart>(&b))
                text->addResource(QTextDocument::ImageResource, QUrl(QString("chart:%1").arg(index++)),
                                  chartImage(*chart, doc.lang, scale));
    // Lay out; while a page break splits a table row or step, or leaves a heading or lead-in alone at a
    // page foot, add a page break before it and lay out again. Each pass adds one break, so it ends.
    HtmlOptions options;
    options.forQtTextDocument = true;
    do
        text->setHtml(QString::fromStdString(renderHtml(doc, options)));
    while (detail::addPageBreakForFirstBadBreak(*text, doc, options));
    return text;
}

QString pageLabel(const Document &doc, int page, int pages)
{
    return QString::fromStdString(doc.lang == Lang::Da ? "Side " : "Page ") + QString::number(page + 1) +
           QString::fromStdString(doc.lang == Lang::Da ? " af " : " of ") + QString::number(pages);
}

/// Paints page `page` of `text` at the painter's origin; the footer sits below the body.
void paintPage(QPainter &painter, QTextDocument &text, const Document &doc, int page, QSizeF body,
               double footer)
{
    painter.save();
    painter.translate(0, -page * body.height());
    const QRectF clip(0, page * body.height(), body.width(), body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    painter.setClipRect(clip);
    text.documentLayout()->draw(&painter, context);
    painter.restore();
    // In layout pixels: the painter is scaled from kLayoutDpi to the device's resolution.
    QFont footerFont = documentFont(7.5);
    footerFont.setPixelSize(static_cast<int>(7.5 * kLayoutDpi / 72.0));
    painter.setFont(footerFont);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF band(0, body.height() + footer * 0.25, body.width(), footer * 0.75);
    painter.drawLine(QPointF(0, band.top()), QPointF(body.width(), band.top()));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(doc.footer));
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, pageLabel(doc, page, text.pageCount()));
}

} // namespace

namespace {

QtMessageHandler g_previousHandler = nullptr;

/// Drops Qt's notice that XDG_RUNTIME_DIR is unset (normal on a server or in CI, where the command line
/// renders PDFs): it is not the user's concern and would read like an error. Everything else passes on.
void quietRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

void ensureGuiApplication()
{
    if (QCoreApplication::instance()) return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(quietRuntimeDirNotice);
    static int argc = 1;
    static char name[] = "opioid-taper";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv); // lives until the process ends
}

QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
}

namespace {

/// The document laid out for A4 at kLayoutDpi (the PDF engine's unhinted font metrics), with its body
/// and footer height in layout pixels.
struct PagedLayout {
    std::unique_ptr<QTextDocument> text;
    QSizeF body;
    double footer = 0;
    QBuffer sink;      ///< the layout device's (unused) output
    QPdfWriter device; ///< the layout's paint device; must outlive `text`
    PagedLayout() : device(&sink) {}
};

std::unique_ptr<PagedLayout> layoutPages(const Document &doc)
{
    auto l = std::make_unique<PagedLayout>();
    l->sink.open(QIODevice::WriteOnly);
    l->device.setPageLayout(pageLayout());
    l->device.setResolution(kLayoutDpi);
    const QRect paint = l->device.pageLayout().paintRectPixels(kLayoutDpi);
    l->footer = kFooterMm / 25.4 * kLayoutDpi;
    l->body = QSizeF(paint.width(), paint.height() - l->footer);
    l->text = layoutDocument(doc, l->device, l->body);
    return l;
}

/// Paints page `page` of `l` with `painter`, whose device has `dpi` and whose origin is the top left
/// corner of the page's printable area.
void paintLaidOutPage(QPainter &painter, PagedLayout &l, const Document &doc, int page, double dpi)
{
    painter.save();
    painter.scale(dpi / kLayoutDpi, dpi / kLayoutDpi);
    paintPage(painter, *l.text, doc, page, l.body, l.footer);
    painter.restore();
}

} // namespace

int printTo(const Document &doc, QPagedPaintDevice &device)
{
    ensureGuiApplication();
    auto l = layoutPages(doc);
    QPainter painter;
    if (!painter.begin(&device)) return 0;
    const int pages = l->text->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page) device.newPage();
        paintLaidOutPage(painter, *l, doc, page, device.logicalDpiY());
    }
    painter.end();
    return pages;
}

int writePdf(const Document &doc, QIODevice &device)
{
    ensureGuiApplication();
    QPdfWriter writer(&device);
    writer.setPageLayout(pageLayout());
    writer.setResolution(kLayoutDpi);
    writer.setTitle(QString::fromStdString(doc.title));
    writer.setCreator("OpioidTaper");
    return printTo(doc, writer);
}

int writePdf(const Document &doc, const std::string &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const int pages = writePdf(doc, buffer);
    if (pages == 0) throw InputError(path, "", {ProblemCode::pdf_cannot_render});
    // Like every file the program writes: temporary file, fsync, rename; permissions 0600 (a handout
    // names the patient).
    writeFileAtomically(
        path, std::string(buffer.data().constData(), static_cast<std::size_t>(buffer.data().size())));
    return pages;
}

int pageCount(const Document &doc)
{
    ensureGuiApplication();
    return layoutPages(doc)->text->pageCount();
}

bool writePagePng(const Document &doc, int page, int dpi, const std::string &path)
{
    ensureGuiApplication();
    auto l = layoutPages(doc);
    if (page < 0 || page >= l->text->pageCount()) return false;
    const double mmToPx = dpi / 25.4;
    QImage image(QSize(int(210 * mmToPx), int(297 * mmToPx)), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(kMarginMm * mmToPx, kMarginMm * mmToPx);
    paintLaidOutPage(painter, *l, doc, page, dpi);
    painter.end();
    return image.save(QString::fromStdString(path), "PNG");
}

} // namespace taper::report
