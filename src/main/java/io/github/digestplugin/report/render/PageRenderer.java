package io.github.digestplugin.report.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * Renders the report's files from Velocity templates. A page template renders only the content of
 * the page; {@code layout.vm} wraps it with the header, navigation and footer (see the comment at
 * the top of {@code templates/layout.vm} for the convention). Every inserted reference is escaped
 * unless it is {@link SafeHtml}. Thread-safe: pages are rendered in parallel.
 */
public final class PageRenderer {

    public static final String LAYOUT = "layout.vm";
    public static final String MACROS = "macros.vm";

    private final VelocityEngine engine;
    private final TemplateSource templates;
    private final OutputFiles output;
    private final Map<String, Object> shared;

    /**
     * @param shared values every template sees (the messages as {@code msg}, the report title, ...)
     */
    public PageRenderer(TemplateSource templates, OutputFiles output, Map<String, Object> shared) {
        this.templates = templates;
        this.output = output;
        this.shared = Map.copyOf(shared);
        this.engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "digest");
        engine.setProperty("resource.loader.digest.instance", new TemplateLoader(templates));
        engine.setProperty("resource.loader.digest.cache", true);
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL, 0);
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.VM_LIBRARY, MACROS);
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine.init();
    }

    /**
     * Renders {@code template} inside the layout into {@code page} (a path relative to the report
     * root such as {@code papers/2403.19243.html}). The model's entries become template variables
     * beside the shared ones, {@code $root} (the way back to the report root, {@code ""} or
     * {@code "../"}) and {@code $page} (the page's own path).
     */
    public void renderPage(String template, String page, Map<String, ?> model) throws IOException {
        VelocityContext context = context(page, model, Escaping.HTML);
        TextBuffer body = new TextBuffer(8 * 1024);
        merge(template, context, body);
        context.put("body", new SafeHtml(body.toString()));
        TextBuffer out = new TextBuffer(16 * 1024);
        merge(LAYOUT, context, out);
        output.write(page, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Renders a whole file without the layout ({@code feed.atom}, {@code reading-list.bib}), with
     * every reference escaped as {@code escaping} says; streamed into the file, since an export
     * grows with the archive.
     */
    public void renderFile(String template, String file, Map<String, ?> model, Escaping escaping)
            throws IOException {
        VelocityContext context = context(file, model, escaping);
        output.writeText(file, out -> merge(template, context, out));
    }

    /** Copies a static file (CSS, script) from the templates to the same path in the report. */
    public void copyAsset(String name) throws IOException {
        output.write(name, templates.read(name));
    }

    private VelocityContext context(String page, Map<String, ?> model, Escaping escaping) {
        VelocityContext context = new VelocityContext();
        shared.forEach(context::put);
        model.forEach(context::put);
        context.put("root", "../".repeat(depth(page)));
        context.put("page", page);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(escaping);
        cartridge.attachToContext(context);
        return context;
    }

    private void merge(String name, VelocityContext context, Writer out) throws IOException {
        try {
            Template template = engine.getTemplate(name, "UTF-8");
            template.merge(context, out);
        } catch (VelocityException e) {
            throw new IOException("Template " + describe(name) + " failed: " + e.getMessage(), e);
        }
    }

    private String describe(String name) {
        return templates.userFile(name).map(Object::toString).orElse(name + " (default)");
    }

    static int depth(String page) {
        int depth = 0;
        for (int i = 0; i < page.length(); i++) {
            if (page.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }
}
