package dev.blindspot.credential;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

/** Binds {@code defaults.yaml} text to {@link DefaultsFile}, turning Jackson errors into messages that name the entry. */
final class DefaultsYaml {

    static final int MAX_BYTES = 1 << 20;

    private DefaultsYaml() {}

    static DefaultsFile read(InputStream in, String file) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new CredentialDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new CredentialDataException(file + ": larger than " + MAX_BYTES + " bytes");
        }
        try {
            return mapper().readValue(bytes, DefaultsFile.class);
        } catch (JsonMappingException e) {
            throw new CredentialDataException(file + ": " + describe(e), e);
        } catch (JacksonException e) {
            throw new CredentialDataException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CredentialDataException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static YAMLMapper mapper() {
        YAMLMapper mapper = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        // An unquoted 0000 or 12345 is a YAML number (0000 even becomes 0): passwords must be quoted.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static String describe(JsonMappingException e) {
        String at = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        if (e instanceof UnrecognizedPropertyException u) {
            String parent = at.substring(0, Math.max(0, at.length() - u.getPropertyName().length()))
                    .replaceFirst("\\.$", "");
            return (parent.isEmpty() ? "top level" : parent) + ": unknown field '" + u.getPropertyName() + "'";
        }
        if ((e instanceof InvalidFormatException || e instanceof MismatchedInputException)
                && e.getOriginalMessage().contains("Cannot coerce")) {
            return at + ": must be a quoted string (unquoted numbers and booleans change meaning in YAML)";
        }
        return at + ": " + e.getOriginalMessage();
    }
}
