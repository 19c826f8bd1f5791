package dev.collabgraph.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseCacheTest {
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicLong now = new AtomicLong();

    private ResponseCache cache(int entries, long bytes) {
        return new ResponseCache(new ResponseCache.Limits(entries, bytes, Duration.ofSeconds(60)), new ObjectMapper(),
                version::get, now::get);
    }

    private static ResponseCache.Answer body(byte[] bytes) {
        return new ResponseCache.Answer(bytes, "application/json", Map.of());
    }

    @Test
    void anAnswerIsKeptUntilTheGraphChanges() {
        ResponseCache cache = cache(10, 1000);
        assertThat(cache.find("a", 1L)).isNull();
        cache.keep("a", 1L, body(new byte[] {1, 2}));
        assertThat(cache.find("a", 1L).body()).containsExactly(1, 2);
        assertThat(cache.find("a", 2L)).isNull();
        assertThat(cache.stats().entries()).isZero();
        assertThat(cache.stats().hits()).isEqualTo(1);
        assertThat(cache.stats().misses()).isEqualTo(2);
    }

    @Test
    void anAnswerMadeWhileTheGraphChangedIsNotKept() {
        ResponseCache cache = cache(10, 1000);
        cache.find("a", 1L);
        cache.find("b", 2L);
        cache.keep("a", 1L, body(new byte[] {1}));
        assertThat(cache.find("a", 2L)).isNull();
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenEntriesOrBytesRunOut() {
        ResponseCache cache = cache(2, 1000);
        cache.find("a", 1L);
        cache.keep("a", 1L, body(new byte[] {1}));
        cache.keep("b", 1L, body(new byte[] {2}));
        cache.find("a", 1L);
        cache.keep("c", 1L, body(new byte[] {3}));
        assertThat(cache.find("b", 1L)).isNull();
        assertThat(cache.find("a", 1L)).isNotNull();
        assertThat(cache.find("c", 1L)).isNotNull();

        ResponseCache small = cache(100, 100);
        small.find("a", 1L);
        small.keep("a", 1L, body(new byte[10]));
        small.keep("b", 1L, body(new byte[10]));
        // larger than a tenth of the bytes: never kept
        small.keep("big", 1L, body(new byte[11]));
        assertThat(small.find("big", 1L)).isNull();
        for (int i = 0; i < 12; i++) {
            small.keep("k" + i, 1L, body(new byte[10]));
        }
        assertThat(small.stats().bytes()).isLessThanOrEqualTo(100);
        assertThat(small.stats().entries()).isEqualTo(10);
        assertThat(small.find("a", 1L)).isNull();
    }

    @Test
    void anAnswerOlderThanTheMaximumAgeIsMadeAgain() {
        ResponseCache cache = cache(10, 1000);
        cache.find("a", 1L);
        cache.keep("a", 1L, body(new byte[] {1}));
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(cache.find("a", 1L)).isNull();
    }
}
