package org.atomiscope.vm.builtins;

import static org.atomiscope.vm.builtins.Props.arg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.js.JsObject;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;

/**
 * A small Date (ECMA-262 §21.4) on the machine's virtual clock: {@code Date.now()} and
 * {@code new Date()} read {@code host.now()}, never the wall clock, so runs replay exactly. The
 * local time zone is UTC. The time value is a hidden property {@code "@@time"}.
 */
public final class DateBuiltins {
    private DateBuiltins() {}

    private static final String TIME = "@@time";
    private static final double MS_PER_DAY = 86_400_000;
    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    /** Field order of {@link #fields}: year, month, date, hours, minutes, seconds, milliseconds. */
    private static final String[] SETTERS = {"FullYear", "Month", "Date", "Hours", "Minutes", "Seconds", "Milliseconds"};
    /** How many fields each setter takes (setHours(h, min, s, ms) ...). */
    private static final int[] SETTER_ARGS = {3, 2, 1, 4, 3, 2, 1};

    public static void install(RealmBuilder rb) {
        Ref proto = rb.proto("Date");
        Ref ctor = rb.constructor("Date", 7, proto, (in, self, args) -> {
            if (in.newTarget == null) {
                return toDateString(in.host.now());
            }
            double t;
            if (args.length == 0) {
                t = in.host.now();
            } else if (args.length == 1) {
                Object v = args[0] instanceof Ref r && in.getOwn(r, TIME) instanceof Double d ? d : in.toPrimitive(args[0], "default");
                t = v instanceof String s ? parse(s) : timeClip(in.toNumber(v));
            } else {
                t = makeDate(in, args);
            }
            Ref d = in.newObject(in.prototypeFor(in.newTarget));
            JsObject o = in.heap.w(d);
            o.className = "Date";
            Props.hide(in, d, TIME, t);
            return d;
        });
        rb.method(ctor, "now", 0, (in, self, args) -> in.host.now());
        rb.method(ctor, "parse", 1, (in, self, args) -> parse(in.toStr(arg(args, 0))));
        rb.method(ctor, "UTC", 7, (in, self, args) -> makeDate(in, args));

        rb.method(proto, "getTime", 0, (in, self, args) -> time(in, self));
        rb.method(proto, "valueOf", 0, (in, self, args) -> time(in, self));
        rb.method(proto, "getTimezoneOffset", 0, (in, self, args) -> Double.isNaN(time(in, self)) ? Double.NaN : 0.0);
        rb.method(proto, "toISOString", 0, (in, self, args) -> iso(in, time(in, self)));
        rb.method(proto, "toJSON", 1, (in, self, args) -> Double.isNaN(time(in, self)) ? Undefined.NULL : iso(in, time(in, self)));
        rb.method(proto, "toString", 0, (in, self, args) -> toDateString(time(in, self)));
        rb.method(proto, "toDateString", 0, (in, self, args) -> format(time(in, self), "EEE MMM dd uuuu"));
        rb.method(proto, "toTimeString", 0, (in, self, args) -> format(time(in, self), "HH:mm:ss 'GMT+0000 (Coordinated Universal Time)'"));
        rb.method(proto, "toUTCString", 0, (in, self, args) -> format(time(in, self), "EEE, dd MMM uuuu HH:mm:ss 'GMT'"));
        rb.method(proto, "toLocaleString", 0, (in, self, args) -> format(time(in, self), "M/d/uuuu, h:mm:ss a"));
        rb.method(proto, "toLocaleDateString", 0, (in, self, args) -> format(time(in, self), "M/d/uuuu"));
        rb.method(proto, "toLocaleTimeString", 0, (in, self, args) -> format(time(in, self), "h:mm:ss a"));
        for (int f = 0; f < SETTERS.length; f++) {
            int field = f;
            for (String utc : new String[] {"", "UTC"}) {
                rb.method(proto, "get" + utc + SETTERS[field], 0, (in, self, args) -> {
                    double t = time(in, self);
                    return Double.isNaN(t) ? Double.NaN : fields(t)[field];
                });
                rb.method(proto, "set" + utc + SETTERS[field], SETTER_ARGS[field], (in, self, args) -> {
                    double[] v = fields(Double.isNaN(time(in, self)) && field == 0 ? 0 : time(in, self));
                    for (int i = 0; i < Math.min(args.length, SETTER_ARGS[field]); i++) {
                        v[field + i] = in.toNumber(args[i]);
                    }
                    return setTime(in, self, makeDate(v));
                });
            }
        }
        for (String utc : new String[] {"", "UTC"}) {
            rb.method(proto, "get" + utc + "Day", 0, (in, self, args) -> {
                double t = time(in, self);
                return Double.isNaN(t) ? Double.NaN : (double) Math.floorMod((long) Math.floor(t / MS_PER_DAY) + 4, 7);
            });
        }
        rb.method(proto, "setTime", 1, (in, self, args) -> setTime(in, self, timeClip(in.toNumber(arg(args, 0)))));
    }

    private static double time(Interpreter in, Object self) {
        if (self instanceof Ref r && in.getOwn(r, TIME) instanceof Double d) {
            return d;
        }
        throw in.typeError("this is not a Date object.");
    }

    private static double setTime(Interpreter in, Object self, double t) {
        time(in, self);
        Props.hide(in, (Ref) self, TIME, t);
        return t;
    }

    /** The ISO form console.log shows, or "Invalid Date". */
    static String isoString(Interpreter in, Ref r) {
        Object t = in.getOwn(r, TIME);
        return t instanceof Double d && !d.isNaN() ? iso(in, d) : "Invalid Date";
    }

    private static String iso(Interpreter in, double t) {
        if (Double.isNaN(t)) {
            throw in.rangeError("Invalid time value");
        }
        ZonedDateTime z = zoned(t);
        int y = z.getYear();
        String year = y >= 0 && y <= 9999 ? String.format(Locale.ROOT, "%04d", y) : (y < 0 ? "-" : "+") + String.format(Locale.ROOT, "%06d", Math.abs(y));
        return year + z.format(DateTimeFormatter.ofPattern("-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT));
    }

    private static String toDateString(double t) {
        return format(t, "EEE MMM dd uuuu HH:mm:ss 'GMT+0000 (Coordinated Universal Time)'");
    }

    private static String format(double t, String pattern) {
        if (Double.isNaN(t)) {
            return "Invalid Date";
        }
        return zoned(t).format(DateTimeFormatter.ofPattern(pattern, Locale.US));
    }

    private static ZonedDateTime zoned(double t) {
        return Instant.ofEpochMilli((long) t).atZone(ZoneOffset.UTC);
    }

    /** year, month (0-11), date, hours, minutes, seconds, ms of a time value. */
    private static double[] fields(double t) {
        ZonedDateTime z = zoned(t);
        return new double[] {z.getYear(), z.getMonthValue() - 1, z.getDayOfMonth(), z.getHour(), z.getMinute(), z.getSecond(),
            Math.floorMod((long) t, 1000L)};
    }

    private static double makeDate(Interpreter in, Object[] args) {
        double[] v = {Double.NaN, 0, 1, 0, 0, 0, 0};
        for (int i = 0; i < Math.min(7, args.length); i++) {
            v[i] = in.toNumber(args[i]);
        }
        double y = JsNumbers.toIntegerOrInfinity(v[0]);
        if (!Double.isNaN(v[0]) && y >= 0 && y <= 99 && args.length > 1) {
            v[0] = 1900 + y;
        }
        return makeDate(v);
    }

    /** MakeDate(MakeDay(y, m, d), MakeTime(h, min, s, ms)), then TimeClip. */
    private static double makeDate(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return Double.NaN;
            }
        }
        double y = JsNumbers.toIntegerOrInfinity(v[0]);
        double m = JsNumbers.toIntegerOrInfinity(v[1]);
        double ym = y + Math.floor(m / 12);
        if (Math.abs(ym) > 400_000) {
            return Double.NaN;
        }
        int mn = (int) (m - 12 * Math.floor(m / 12));
        double day = LocalDate.of((int) ym, mn + 1, 1).toEpochDay() + JsNumbers.toIntegerOrInfinity(v[2]) - 1;
        double time = JsNumbers.toIntegerOrInfinity(v[3]) * 3_600_000 + JsNumbers.toIntegerOrInfinity(v[4]) * 60_000
            + JsNumbers.toIntegerOrInfinity(v[5]) * 1000 + JsNumbers.toIntegerOrInfinity(v[6]);
        return timeClip(day * MS_PER_DAY + time);
    }

    private static double timeClip(double t) {
        if (!Double.isFinite(t) || Math.abs(t) > 8.64e15) {
            return Double.NaN;
        }
        return JsNumbers.toIntegerOrInfinity(t) + 0.0;
    }

    private static final Pattern ISO = Pattern.compile(
        "([+-]\\d{6}|\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?(Z|[+-]\\d{2}:\\d{2})?");

    /** Date.parse for the date-time string format (§21.4.1.32); other text gives NaN. */
    static double parse(String s) {
        Matcher m = ISO.matcher(s.trim());
        if (!m.matches()) {
            return Double.NaN;
        }
        double[] v = {Double.parseDouble(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) - 1,
            m.group(3) == null ? 1 : Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
            m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
            m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00").substring(0, 3))};
        if (v[1] > 11 || v[2] < 1 || v[2] > 31 || v[3] > 24 || v[4] > 59 || v[5] > 59) {
            return Double.NaN;
        }
        double t = makeDate(v);
        String zone = m.group(8);
        if (zone != null && !"Z".equals(zone)) {
            int sign = zone.charAt(0) == '-' ? -1 : 1;
            t -= sign * (Integer.parseInt(zone.substring(1, 3)) * 3_600_000.0 + Integer.parseInt(zone.substring(4, 6)) * 60_000.0);
        }
        return timeClip(t);
    }
}
