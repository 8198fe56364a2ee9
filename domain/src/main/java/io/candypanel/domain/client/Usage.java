package io.candypanel.domain.client;

/**
 * Cumulative traffic as the user sees it: download = bytes the server sent to the client,
 * upload = bytes the server received from it.
 */
public record Usage(long download, long upload) {
    public static final Usage NONE = new Usage(0, 0);

    public Usage {
        if (download < 0 || upload < 0) {
            throw new IllegalArgumentException("usage cannot be negative");
        }
    }

    public long total() {
        return saturatedAdd(download, upload);
    }

    public Usage plus(long moreDownload, long moreUpload) {
        return new Usage(saturatedAdd(download, moreDownload), saturatedAdd(upload, moreUpload));
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
