package org.tarjama.spark;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system under the scheme {@code testfs:} backed by the local disk: to the jobs it is a
 * remote file system (like {@code hdfs:} or {@code s3a:}), so the tests go through the copy-to-local
 * and rename paths the jobs take on a cluster.
 */
public final class RemoteFs extends RawLocalFileSystem {
    @Override
    public URI getUri() {
        return URI.create("testfs:///");
    }

    @Override
    public String getScheme() {
        return "testfs";
    }
}
