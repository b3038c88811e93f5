package be.draaischijf.partner.control;

import be.draaischijf.partner.api.ImportPreview;
import be.draaischijf.partner.api.ImportRowResult;
import be.draaischijf.platform.refusal.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An import's rows as checked, kept with its job (ADR 0051) as JSON: each row's line, organisation, offer, whether each
 * is new, and its errors as message keys with their values (said in the reader's language when shown, never stored as
 * a sentence). Values are kept as numbers, yes/no or text.
 */
public final class CheckedRows {

    private CheckedRows() {
    }

    public static byte[] json(ImportPreview preview) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ImportRowResult row : preview.rows()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("line", row.line())
                    .add("organisation", row.organisation() == null ? "" : row.organisation())
                    .add("newOrganisation", row.newOrganisation())
                    .add("errors", toJson(row.errors()));
            if (row.offer() != null) {
                json.add("offer", row.offer());
            }
            if (row.newOffer() != null) {
                json.add("newOffer", row.newOffer());
            }
            rows.add(json);
        }
        return Json.createObjectBuilder()
                .add("rows", rows)
                .add("fileErrors", toJson(preview.fileErrors()))
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }

    public static ImportPreview read(byte[] json) {
        JsonObject preview;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            preview = reader.readObject();
        }
        List<ImportRowResult> rows = new ArrayList<>();
        for (JsonObject row : preview.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            rows.add(new ImportRowResult(row.getInt("line"), row.getString("organisation"), row.getBoolean("newOrganisation"),
                    row.containsKey("offer") ? row.getString("offer") : null,
                    row.containsKey("newOffer") ? Boolean.valueOf(row.getBoolean("newOffer")) : null,
                    fromJson(row.getJsonArray("errors"))));
        }
        return new ImportPreview(rows, fromJson(preview.getJsonArray("fileErrors")));
    }

    private static JsonArrayBuilder toJson(List<FieldError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldError error : errors) {
            JsonObjectBuilder arguments = Json.createObjectBuilder();
            error.arguments().forEach((name, value) -> {
                if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                    arguments.add(name, ((Number) value).longValue());
                } else if (value instanceof Number number) {
                    arguments.add(name, new BigDecimal(number.toString()));
                } else if (value instanceof Boolean yes) {
                    arguments.add(name, yes);
                } else {
                    arguments.add(name, String.valueOf(value));
                }
            });
            array.add(Json.createObjectBuilder()
                    .add("field", error.field() == null ? "" : error.field())
                    .add("key", error.key())
                    .add("arguments", arguments));
        }
        return array;
    }

    private static List<FieldError> fromJson(JsonArray array) {
        List<FieldError> errors = new ArrayList<>();
        for (JsonObject error : array.getValuesAs(JsonObject.class)) {
            Map<String, Serializable> arguments = new LinkedHashMap<>();
            error.getJsonObject("arguments").forEach((name, json) -> arguments.put(name, value(json)));
            errors.add(new FieldError(error.getString("field"), error.getString("key"), arguments));
        }
        return errors;
    }

    private static Serializable value(JsonValue value) {
        if (value instanceof JsonNumber number) {
            if (number.isIntegral()) {
                long whole = number.longValue();
                return whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE ? Integer.valueOf((int) whole) : Long.valueOf(whole);
            }
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        return String.valueOf(value);
    }
}
