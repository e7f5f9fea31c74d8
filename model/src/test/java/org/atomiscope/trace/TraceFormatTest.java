package org.atomiscope.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.atomiscope.machine.Event;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;

/** Format names, CSV quoting and line ends, and the values JSON cannot write as numbers. */
class TraceFormatTest {

    @Test
    void formatsByName() {
        assertThat(TraceFormat.byName("json")).contains(TraceFormat.JSON);
        assertThat(TraceFormat.byName("Chrome")).contains(TraceFormat.CHROME);
        assertThat(TraceFormat.byName("CSV")).contains(TraceFormat.CSV);
        assertThat(TraceFormat.byName("perfetto")).isEmpty();
        assertThat(TraceFormat.byName(null)).isEmpty();
        assertThat(List.of(TraceFormat.values())).extracting(TraceFormat::extension).containsExactly("json", "json", "csv");
        assertThat(TraceFormat.JSON.displayName()).isEqualTo("Atomiscope trace (JSON)");
        assertThat(TraceFormat.CHROME.displayName()).isEqualTo("Chrome trace (Perfetto)");
        assertThat(TraceFormat.CSV.displayName()).isEqualTo("CSV, one row per event");
    }

    @Test
    void csvQuotesAsRfc4180Says() {
        assertThat(CsvWriter.quoted("plain text")).isEqualTo("plain text");
        assertThat(CsvWriter.quoted("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.quoted("cr\r")).isEqualTo("\"cr\r\"");
    }

    /** A scenario whose console line holds a comma and quotes, and whose writes store values JSON has no numbers for. */
    private static final String SPECIAL = String.join("\n",
        "const f = new Float64Array(new SharedArrayBuffer(64));",
        "f[0] = NaN; f[1] = -0; f[2] = Infinity; f[3] = -Infinity; f[4] = 0.1; f[5] = 1e300; f[6] = -2.5e-300;",
        "console.log('a, \"b\"');",
        "");

    private static Trace special() {
        ScenarioSource s = ScenarioSource.ofSingleFile("special.js", SPECIAL);
        return Trace.record(s, ScModel.INSTANCE, TraceTesting.defaultRun(s, ScModel.INSTANCE).schedule());
    }

    @Test
    void csvHasAHeaderAndOneCrlfRowPerEvent() {
        Trace t = special();
        String csv = TraceTesting.write(TraceFormat.CSV, t);
        String[] rows = csv.split("\r\n", -1);
        assertThat(rows[0]).isEqualTo("index,step,agent,kind,file,line,column,text,block,byte,size,type,target,element,order,"
            + "value,stored,reads_from,synchronizes_with");
        assertThat(rows).hasSize(t.events().size() + 2); // the header, the events, and "" after the last CRLF
        assertThat(rows[rows.length - 1]).isEmpty();
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
        assertThat(csv).contains(",CONSOLE,,,,\"a, \"\"b\"\"\",");
        assertThat(csv).contains(",f[1] = 0,0,8,8,Float64Array,f,1,Unordered,-0,-0,,\r\n");
        assertThat(csv).contains(",Float64Array,f,0,Unordered,NaN,,,"); // a NaN store is no "stored" value (see Event.Access)
    }

    @Test
    void valuesJsonHasNoNumberForAreStringsAndRoundTrip() throws Exception {
        Trace t = special();
        String json = TraceTesting.write(TraceFormat.JSON, t);
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> values = new java.util.ArrayList<>();
        root.get("events").forEach(e -> {
            if (e.has("access")) {
                values.add(e.get("access").get("value").toString());
            }
        });
        assertThat(values).containsExactly("\"NaN\"", "\"-0\"", "\"Infinity\"", "\"-Infinity\"", "0.1", "1.0E300", "-2.5E-300");
        Trace back = TraceFile.parse(json, "special.json");
        for (int i = 0; i < t.events().size(); i++) {
            Event e = t.events().get(i);
            assertThat(back.events().get(i).access()).as(e.toString()).isEqualTo(e.access());
        }
        assertThat(json).contains("\"text\": \"a, \\\"b\\\"\"");
    }

    @Test
    void numbersAreWrittenWithoutAFractionWhenWhole() {
        assertThat(Numbers.format(123456)).isEqualTo("123456");
        assertThat(Numbers.format(-7)).isEqualTo("-7");
        assertThat(Numbers.format(0)).isEqualTo("0");
        assertThat(Numbers.format(-0.0)).isEqualTo("-0");
        assertThat(Numbers.format(0x1p64)).isEqualTo("18446744073709551616");
        assertThat(Numbers.format(1.5)).isEqualTo("1.5");
        assertThat(Numbers.special("Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Numbers.special("-0")).isEqualTo(-0.0);
        assertThat(Numbers.special("12")).isNull();
    }
}
