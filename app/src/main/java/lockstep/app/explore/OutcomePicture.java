package lockstep.app.explore;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import lockstep.app.i18n.I18n;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;
import lockstep.timeline.TimelineFonts;

/**
 * The outcome table as a picture, drawn with Java2D rather than taken as a snapshot of the panel: it shows every row
 * (not only those scrolled into view), at a width of its own whatever the window's size, in the fonts the timeline's
 * exports use (so Chinese renders with the same CJK family), light on white for slides and print, and it needs no
 * window on screen. The texts are the panel's: the summary, the totals, whether the search was complete, and per
 * outcome its count, share bar, status, short form and problem.
 */
final class OutcomePicture {
    static final int WIDTH = 1000;
    /** Pixels per point: the picture is drawn at twice its size, for slides. */
    static final int SCALE = 2;
    private static final int MARGIN = 24;
    private static final int ROW = 26;
    private static final int BAR = 90;
    private static final int[] COLUMNS = {110, 160, 90, 280, 312};
    private static final String[] HEADINGS = {"explore.column.count", "explore.column.share",
        "explore.column.status", "explore.column.outcome", "explore.column.problem"};
    private static final Color TEXT = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x59636e);
    private static final Color RULE = new Color(0xd0d7de);
    private static final Color STRIPE = new Color(0xf6f8fa);
    private static final Color TRACK = new Color(0xeaeef2);
    private static final Color FILL = new Color(0x0969da);

    private final ExploreFinished.Done done;
    private final String title;
    private final I18n i18n;
    private final TimelineFonts fonts;

    OutcomePicture(ExploreFinished.Done done, I18n i18n) {
        this.done = done;
        this.i18n = i18n;
        this.fonts = TimelineFonts.forLocale(i18n.locale());
        this.title = i18n.get("explore.picture.title",
                done.request().document().scenario().title().in(i18n.language()));
    }

    /** The picture, {@link #SCALE} pixels a point. */
    BufferedImage draw() {
        List<String> notes = new ArrayList<>();
        ExploreResult result = done.result();
        if (!result.outcomes().isEmpty()) {
            notes.add(SearchTexts.summary(result.outcomes().get(0), done, i18n));
        }
        notes.add(SearchTexts.totals(done, i18n));
        notes.add(SearchTexts.completeness(done, i18n));
        Font body = fonts.label().deriveFont(14f);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measure = probe.createGraphics();
        List<String> noteLines = new ArrayList<>();
        for (String note : notes) {
            noteLines.addAll(wrap(note, measure.getFontMetrics(fonts.forText(body, note)), WIDTH - 2 * MARGIN));
        }
        measure.dispose();
        int height = MARGIN + 30 + noteLines.size() * 20 + 14 + ROW * (result.outcomes().size() + 1) + MARGIN;
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            int y = MARGIN + 18;
            text(g, fonts.bold().deriveFont(20f), TEXT, title, MARGIN, y, WIDTH - 2 * MARGIN);
            y += 12;
            for (String line : noteLines) {
                y += 20;
                text(g, body, line == noteLines.get(0) ? TEXT : MUTED, line, MARGIN, y, WIDTH - 2 * MARGIN);
            }
            y += 14;
            drawTable(g, y);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawTable(Graphics2D g, int top) {
        ExploreResult result = done.result();
        Font bold = fonts.bold().deriveFont(13f);
        Font plain = fonts.label().deriveFont(13f);
        int x = MARGIN;
        for (int c = 0; c < COLUMNS.length; c++) {
            text(g, bold, MUTED, i18n.get(HEADINGS[c]), x + 6, top + 18, COLUMNS[c] - 12);
            x += COLUMNS[c];
        }
        g.setColor(RULE);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(MARGIN, top + ROW, WIDTH - MARGIN, top + ROW);
        int y = top + ROW;
        int i = 0;
        for (Outcome o : result.outcomes()) {
            if (i++ % 2 == 1) {
                g.setColor(STRIPE);
                g.fillRect(MARGIN, y, WIDTH - 2 * MARGIN, ROW);
            }
            int base = y + 18;
            String count = OutcomeTexts.count(o.count(), i18n.locale());
            FontMetrics m = g.getFontMetrics(plain);
            text(g, plain, TEXT, count, MARGIN + COLUMNS[0] - 8 - m.stringWidth(count), base, COLUMNS[0] - 12);
            int bx = MARGIN + COLUMNS[0] + 6;
            g.setColor(TRACK);
            g.fillRect(bx, y + 8, BAR, 10);
            g.setColor(FILL);
            double share = OutcomeTexts.share(o.count(), result.interleavings());
            g.fillRect(bx, y + 8, share == 0 ? 0 : (int) Math.max(2, Math.round(share * BAR)), 10);
            text(g, plain, TEXT, OutcomeTexts.percent(o.count(), result.interleavings(), i18n.locale()),
                    bx + BAR + 8, base, COLUMNS[1] - BAR - 20);
            int sx = MARGIN + COLUMNS[0] + COLUMNS[1];
            text(g, plain, TEXT, OutcomeTexts.status(o.status(), i18n), sx + 6, base, COLUMNS[2] - 12);
            sx += COLUMNS[2];
            text(g, plain, TEXT, OutcomeTexts.shortForm(o, result.outcomes(), i18n), sx + 6, base, COLUMNS[3] - 12);
            sx += COLUMNS[3];
            text(g, plain, MUTED, OutcomeTexts.problem(o), sx + 6, base, COLUMNS[4] - 12);
            y += ROW;
        }
        g.setColor(RULE);
        g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
    }

    /** Draws {@code s} at (x, baseline y), cut with an ellipsis to {@code width}, in a font that has its glyphs. */
    private void text(Graphics2D g, Font font, Color color, String s, int x, int y, int width) {
        Font f = fonts.forText(font, s);
        FontMetrics m = g.getFontMetrics(f);
        String shown = s;
        if (m.stringWidth(shown) > width) {
            while (!shown.isEmpty() && m.stringWidth(shown + "…") > width) {
                shown = shown.substring(0, shown.length() - 1);
            }
            shown += "…";
        }
        g.setFont(f);
        g.setColor(color);
        g.drawString(shown, x, y);
    }

    /** {@code s} in lines no wider than {@code width}: broken at spaces, or anywhere in text without them. */
    static List<String> wrap(String s, FontMetrics m, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lastSpace = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            line.append(c);
            if (c == ' ') {
                lastSpace = line.length() - 1;
            }
            if (m.stringWidth(line.toString()) > width && line.length() > 1) {
                int cut = lastSpace > 0 ? lastSpace : line.length() - 1;
                lines.add(line.substring(0, cut).strip());
                String rest = line.substring(cut).strip();
                line.setLength(0);
                line.append(rest);
                lastSpace = -1;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
