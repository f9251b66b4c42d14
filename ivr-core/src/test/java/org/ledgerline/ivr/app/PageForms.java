package org.ledgerline.ivr.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The POST forms of a rendered page, read from its HTML as a browser would submit them: the action
 * and each named field with the value the page put there (the CSRF token and other hidden fields).
 */
final class PageForms {
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern POST = Pattern.compile("\\bmethod=\"post\"", Pattern.CASE_INSENSITIVE);

    private PageForms() {}

    /** A form: where it posts, and its fields in page order with the page's values. */
    record Form(String action, Map<String, String> fields) {
        /** The fields a user types into: not the CSRF token. */
        List<String> inputs() {
            return fields.keySet().stream().filter(name -> !name.equals("_csrf")).toList();
        }

        /** The form's body with {@code field} set to {@code value}, empty fields filled with a harmless word. */
        String bodyWith(String field, String value) {
            StringBuilder body = new StringBuilder();
            fields.forEach((name, pageValue) -> {
                String sent = name.equals(field) ? value : pageValue.isEmpty() ? "hostile-input-test" : pageValue;
                body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(sent));
            });
            return body.toString();
        }
    }

    /** The POST forms in {@code html}. */
    static List<Form> in(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Matcher action = ACTION.matcher(form.group(1));
            if (!POST.matcher(form.group(1)).find() || !action.find()) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(form.group(2));
            while (field.find()) {
                Matcher name = NAME.matcher(field.group(1));
                Matcher value = VALUE.matcher(field.group(1));
                if (name.find()) {
                    fields.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
                }
            }
            forms.add(new Form(unescape(action.group(1)), fields));
        }
        return forms;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
