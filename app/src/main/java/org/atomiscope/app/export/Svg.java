package org.atomiscope.app.export;

import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * How {@link SvgPen} spells things: numbers (two decimals at most, whatever the locale), colours,
 * fonts and escaped text.
 */
final class Svg {
    /** Coordinates are kept within this: a value far outside the picture would only bloat the file. */
    private static final double FAR = 1e7;

    private Svg() {
    }

    /** {@code v} with at most two decimals and no trailing zeros ("12", "12.5", "-0.25"). */
    static void number(StringBuilder b, double v) {
        fixed(b, v, 100);
    }

    /** An opacity with three decimals at most. */
    static void opacity(StringBuilder b, double v) {
        fixed(b, v, 1000);
    }

    private static void fixed(StringBuilder b, double v, int scale) {
        if (!Double.isFinite(v)) {
            v = 0;
        }
        long r = Math.round(Math.max(-FAR, Math.min(FAR, v)) * scale);
        if (r < 0) {
            b.append('-');
            r = -r;
        }
        b.append(r / scale);
        long frac = r % scale;
        if (frac == 0) {
            return;
        }
        b.append('.');
        for (int unit = scale / 10; unit > 0 && frac > 0; unit /= 10) {
            b.append((char) ('0' + frac / unit));
            frac %= unit;
        }
    }

    /** "#rrggbb" (the opacity goes in its own attribute, which every viewer reads). */
    static void rgb(StringBuilder b, Color c) {
        b.append('#');
        hex(b, c.getRed());
        hex(b, c.getGreen());
        hex(b, c.getBlue());
    }

    private static void hex(StringBuilder b, double channel) {
        int v = (int) Math.round(channel * 255);
        b.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 15, 16));
    }

    /** The same colour packed as ARGB into "#rrggbb". */
    static void rgb(StringBuilder b, int argb) {
        b.append('#');
        for (int shift = 20; shift >= 0; shift -= 4) {
            b.append(Character.forDigit((argb >> shift) & 15, 16));
        }
    }

    /**
     * Text as XML character data or an attribute value: markup characters escaped, and characters
     * XML cannot hold at all (control characters, a lone surrogate: a scenario may print anything)
     * replaced by U+FFFD.
     */
    static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\t', '\n', '\r' -> b.append(c);
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }

    /**
     * A font as SVG attributes: the family with a generic fallback (JavaFX's logical families become
     * generic ones), the size in pixels, the weight and slant from the face's style name ("Bold",
     * "Semibold Italic"), which is the face the screen really drew with.
     */
    static String fontAttributes(String family, double size, String style) {
        StringBuilder b = new StringBuilder(80);
        b.append(" font-family=\"");
        String generic = family.toLowerCase(Locale.ROOT).contains("mono") ? "monospace" : "sans-serif";
        switch (family) {
            case "Monospaced" -> b.append("monospace");
            case "SansSerif" -> b.append("sans-serif");
            case "Serif" -> b.append("serif");
            case "System" -> b.append("system-ui, sans-serif");
            default -> {
                b.append('\'');
                escape(b, family.replace("'", ""));
                b.append("', ").append(generic);
            }
        }
        b.append("\" font-size=\"");
        number(b, size);
        b.append('"');
        int weight = weight(style == null ? "" : style.toLowerCase(Locale.ROOT).replace(" ", "").replace("-", ""));
        if (weight != 400) {
            b.append(" font-weight=\"").append(weight).append('"');
        }
        if (style != null && (style.toLowerCase(Locale.ROOT).contains("italic") || style.toLowerCase(Locale.ROOT).contains("oblique"))) {
            b.append(" font-style=\"italic\"");
        }
        return b.toString();
    }

    private static int weight(String style) {
        if (style.contains("semibold") || style.contains("demibold")) {
            return 600;
        }
        if (style.contains("extrabold") || style.contains("ultrabold")) {
            return 800;
        }
        if (style.contains("black") || style.contains("heavy")) {
            return 900;
        }
        if (style.contains("bold")) {
            return 700;
        }
        if (style.contains("medium")) {
            return 500;
        }
        if (style.contains("extralight") || style.contains("ultralight")) {
            return 200;
        }
        if (style.contains("light")) {
            return 300;
        }
        if (style.contains("thin")) {
            return 100;
        }
        return 400;
    }
}
