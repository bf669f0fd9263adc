package org.readoutdiff.service;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The default name of a replica, under which it claims jobs: its host name (in Kubernetes the pod's
 * name, which HOSTNAME holds) and its process id, so two replicas on one host differ too.
 */
final class ReplicaName {

    private ReplicaName() {
    }

    static String ofThisProcess() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
