#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

FILE *open_scratch(void) {
    char name[L_tmpnam];
    // ruleid: cpp/insecure-temp-file
    tmpnam(name);
    return fopen(name, "w+");
}

FILE *open_report(void) {
    char path[] = "/tmp/report-XXXXXX";
    // ruleid: cpp/insecure-temp-file
    mktemp(path);
    return fopen(path, "w");
}

FILE *open_report_safely(void) {
    char path[] = "/tmp/report-XXXXXX";
    // ok: cpp/insecure-temp-file
    int fd = mkstemp(path);
    return fd < 0 ? NULL : fdopen(fd, "w");
}

FILE *open_scratch_safely(void) {
    // ok: cpp/insecure-temp-file
    return tmpfile();
}
