package io.github.digestplugin.check.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

class JsonWriterTest {

    @Test
    void everyStringRoundTripsThroughAJsonParser() throws IOException {
        String unpaired = "lone \uD800 high and \uDC00 low, a pair \uD83D\uDE00\" then a last high \uD83D";
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out);
        json.beginObject()
                .name("nasty \"name\"").value(ResultFixtures.NASTY_MESSAGE)
                .name("unpaired").value(unpaired)
                .name("controls").value("\u0000\u001f\u007f\b\f\r\n")
                .name("list").beginArray().value(1).value(true).beginObject().endObject().beginArray().endArray()
                .endArray()
                .endObject();
        json.finish();

        Map<String, Object> parsed = new Json().toType(out.toString(), Json.MAP_TYPE);
        assertThat(parsed).containsEntry("nasty \"name\"", ResultFixtures.NASTY_MESSAGE)
                .containsEntry("unpaired", unpaired)
                .containsEntry("controls", "\u0000\u001f\u007f\b\f\r\n");
        assertThat((List<?>) parsed.get("list")).hasSize(4);
        assertThat(out.toString()).doesNotContain("\u2028", "\u0001", "\uD800").endsWith("}\n");
    }

    @Test
    void refusesMalformedDocuments() throws IOException {
        JsonWriter valueWithoutName = new JsonWriter(new StringWriter()).beginObject();
        assertThatThrownBy(() -> valueWithoutName.value("x")).isInstanceOf(IllegalStateException.class);

        JsonWriter nameInArray = new JsonWriter(new StringWriter()).beginArray();
        assertThatThrownBy(() -> nameInArray.name("x")).isInstanceOf(IllegalStateException.class);

        JsonWriter unclosed = new JsonWriter(new StringWriter()).beginObject();
        assertThatThrownBy(unclosed::finish).isInstanceOf(IllegalStateException.class);

        JsonWriter mismatched = new JsonWriter(new StringWriter()).beginObject();
        assertThatThrownBy(mismatched::endArray).isInstanceOf(IllegalStateException.class);
    }
}
