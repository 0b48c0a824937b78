package io.github.digestplugin.report.render;

import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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

    /** The variables every template has whatever its model: a model may not hide them. */
    static final SortedSet<String> RESERVED;

    static {
        SortedSet<String> reserved = new TreeSet<>(Set.of("root", "page", "body"));
        for (RecordComponent component : SharedModel.class.getRecordComponents()) {
            reserved.add(component.getName());
        }
        RESERVED = Collections.unmodifiableSortedSet(reserved);
    }

    /** A record component: the template variable it becomes and its accessor. */
    private record Variable(String name, Method accessor) {}

    private static final ClassValue<List<Variable>> MODEL_VARIABLES = new ClassValue<>() {
        @Override
        protected List<Variable> computeValue(Class<?> type) {
            List<Variable> variables = variablesOf(type);
            for (Variable variable : variables) {
                if (RESERVED.contains(variable.name())) {
                    throw new IllegalArgumentException("The page model " + type.getName() + " has a component $"
                            + variable.name() + ", a variable every template already has "
                            + RESERVED + ": rename it");
                }
            }
            return variables;
        }
    };

    private static final List<Variable> SHARED_VARIABLES = variablesOf(SharedModel.class);

    private final VelocityEngine engine;
    private final TemplateSource templates;
    private final OutputFiles output;
    private final SharedModel shared;
    /** Each thread's contexts, one per escaping: see {@link #context}. */
    private final ThreadLocal<Map<Escaping, Context>> idleContexts =
            ThreadLocal.withInitial(() -> new EnumMap<>(Escaping.class));

    /** @param shared the values every template sees beside its page's model */
    public PageRenderer(TemplateSource templates, OutputFiles output, SharedModel shared) {
        this.templates = templates;
        this.output = output;
        this.shared = shared;
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
     * root such as {@code papers/2403.19243.html}). The model's components become template
     * variables under their names beside the shared ones, {@code $root} (the way back to the report
     * root, {@code ""} or {@code "../"}) and {@code $page} (the page's own path).
     *
     * @throws IllegalArgumentException if a component is null or is named like one of those
     */
    public void renderPage(String template, String page, Record model) throws IOException {
        renderPage(template, page, model, OutputFiles.NO_INPUT);
    }

    /** Renders a page as {@link #renderPage(String, String, Record)}, recording {@code input} for it. */
    public void renderPage(String template, String page, Record model, String input) throws IOException {
        byte[] content;
        try (Context context = context(page, model, Escaping.HTML)) {
            TextBuffer body = new TextBuffer(8 * 1024);
            merge(template, context.velocity(), body);
            context.velocity().put("body", new SafeHtml(body.toString()));
            TextBuffer out = new TextBuffer(16 * 1024);
            merge(LAYOUT, context.velocity(), out);
            content = out.toString().getBytes(StandardCharsets.UTF_8);
        }
        output.write(page, content, input);
    }

    /**
     * Renders a whole file without the layout ({@code feed.atom}, {@code reading-list.bib}), with
     * every reference escaped as {@code escaping} says; streamed into the file, since an export
     * grows with the archive.
     */
    public void renderFile(String template, String file, Record model, Escaping escaping) throws IOException {
        renderFile(template, file, model, escaping, OutputFiles.NO_INPUT);
    }

    /** Renders a file as {@link #renderFile(String, String, Record, Escaping)}, recording {@code input} for it. */
    public void renderFile(String template, String file, Record model, Escaping escaping, String input)
            throws IOException {
        output.writeText(file, out -> {
            try (Context context = context(file, model, escaping)) {
                merge(template, context.velocity(), out);
            }
        }, input);
    }

    /**
     * Renders a small file without the layout into a string, every reference escaped as
     * {@code escaping} says: for a text both written as a file and shown on a page (a paper's BibTeX).
     */
    public String renderText(String template, String file, Record model, Escaping escaping) throws IOException {
        TextBuffer out = new TextBuffer(1024);
        try (Context context = context(file, model, escaping)) {
            merge(template, context.velocity(), out);
        }
        return out.toString();
    }

    /** The interface text every template sees as {@code $msg}. */
    public Messages messages() {
        return shared.msg();
    }

    /** Copies a static file (CSS, script) from the templates to the same path in the report. */
    /** The bytes of a template file ({@code assets/search/page.mjs}): the user's copy if there is one. */
    public byte[] readTemplate(String name) throws IOException {
        return templates.read(name);
    }

    /** Whether the user's template folder has its own {@code name}. */
    public boolean hasUserTemplate(String name) {
        return templates.userFile(name).isPresent();
    }

    public void copyAsset(String name) throws IOException {
        output.write(name, templates.read(name));
    }

    /**
     * A context holding one render's variables. Velocity caches what it learns of each template
     * node's method lookups in the context, so a fresh context per page would repeat every lookup:
     * each thread keeps one context per escaping and refills its variables for each render.
     */
    private Context context(String page, Record model, Escaping escaping) {
        Context context = idleContexts.get().get(escaping);
        if (context == null || context.inUse) {
            // A render inside a render (none today) gets a context of its own.
            context = new Context(escaping);
            idleContexts.get().putIfAbsent(escaping, context);
        }
        context.inUse = true;
        VelocityContext velocity = context.velocity();
        try {
            put(velocity, shared, SHARED_VARIABLES);
            put(velocity, model, MODEL_VARIABLES.get(model.getClass()));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        velocity.put("root", "../".repeat(depth(page)));
        velocity.put("page", page);
        return context;
    }

    /** A thread's context for one escaping; closing it empties its variables for the next render. */
    private static final class Context implements AutoCloseable {
        private final Map<String, Object> variables = new HashMap<>();
        private final VelocityContext velocity = new VelocityContext(variables);
        private boolean inUse;

        Context(Escaping escaping) {
            EventCartridge cartridge = new EventCartridge();
            cartridge.addReferenceInsertionEventHandler(escaping);
            cartridge.attachToContext(velocity);
        }

        VelocityContext velocity() {
            return velocity;
        }

        @Override
        public void close() {
            variables.clear();
            inUse = false;
        }
    }

    private static List<Variable> variablesOf(Class<?> type) {
        List<Variable> variables = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            variables.add(new Variable(component.getName(), component.getAccessor()));
        }
        return List.copyOf(variables);
    }

    /** Puts each component of {@code model} into the context, calling each accessor once. */
    private static void put(VelocityContext context, Record model, List<Variable> variables) {
        for (Variable variable : variables) {
            Object value;
            try {
                value = variable.accessor().invoke(model);
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException("The model " + model.getClass().getName() + " is not public", e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            }
            if (value == null) {
                // Strict references would fail on it only where a template happens to use it.
                throw new IllegalArgumentException("The model " + model.getClass().getName() + " leaves $"
                        + variable.name() + " null");
            }
            context.put(variable.name(), value);
        }
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
