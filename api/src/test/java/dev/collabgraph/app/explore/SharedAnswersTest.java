package dev.collabgraph.app.explore;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedAnswersTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger made = new AtomicInteger();
    private final SharedAnswers<String, String> answers = new SharedAnswers<>(2, Duration.ofSeconds(60), now::get);

    private String make() {
        return "answer " + made.incrementAndGet();
    }

    @Test
    void anAnswerIsKeptWhileTheVersionStaysAndMadeAgainWhenItChanges() {
        assertThat(answers.get("overview", 1L, this::make)).isEqualTo("answer 1");
        assertThat(answers.get("overview", 1L, this::make)).isEqualTo("answer 1");
        assertThat(answers.get("overview", 2L, this::make)).isEqualTo("answer 2");
        assertThat(answers.get("other", 2L, this::make)).isEqualTo("answer 3");
    }

    @Test
    void anAnswerOlderThanItsMaximumAgeIsMadeAgainEvenAtTheSameVersion() {
        answers.get("overview", 1L, this::make);
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(answers.get("overview", 1L, this::make)).isEqualTo("answer 2");
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesWhenFull() {
        answers.get("a", 1L, this::make);
        answers.get("b", 1L, this::make);
        answers.get("a", 1L, this::make);
        answers.get("c", 1L, this::make);
        assertThat(answers.get("a", 1L, this::make)).isEqualTo("answer 1");
        assertThat(answers.get("b", 1L, this::make)).isEqualTo("answer 4");
    }

    @Test
    void aFailureIsPassedOnAndNotKept() {
        assertThatThrownBy(() -> answers.get("overview", 1L, () -> {
            throw new IllegalStateException("database away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database away");
        assertThat(answers.get("overview", 1L, this::make)).isEqualTo("answer 1");
    }

    @Test
    void requestsArrivingWhileAnAnswerIsMadeWaitForItInsteadOfMakingItAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(() -> answers.get("overview", 1L, () -> {
                started.countDown();
                await(release);
                return make();
            })));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                results.add(pool.submit(() -> answers.get("overview", 1L, this::make)));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("answer 1");
            }
            assertThat(made).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
