package io.github.digestplugin.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that reads the real cs.CL corpus ({@link SharedData#fullCorpus()}). Surefire's default
 * execution leaves the tag {@value #TAG} out; the pom's corpus profiles, active when
 * {@code ../shared/corpus/cs.CL.tar.xz} exists or {@code -Ddigest.corpus} is set, run it in an
 * execution of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(CorpusSuite.TAG)
public @interface CorpusSuite {

    String TAG = "corpus";
}
