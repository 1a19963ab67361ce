package cn.eduinfo.sync.generator;

import java.util.List;
import java.util.Random;

/**
 * The national generator's one {@link Random}, shared by all its parts: the output is deterministic only
 * because they draw from it in a fixed order.
 */
final class Draws {

    private final Random random;

    Draws(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    String pick(String[] array) {
        return array[random.nextInt(array.length)];
    }

    int[] shuffled(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    double jitter() {
        return 0.8 + 0.4 * random.nextDouble();
    }
}
