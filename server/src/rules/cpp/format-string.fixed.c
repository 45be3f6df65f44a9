#include <stdio.h>
#include <syslog.h>

void log_request(const char *path) {
    // ruleid: cpp/format-string
    syslog(LOG_INFO, "%s", path);
}

int main(int argc, char **argv) {
    // ruleid: cpp/format-string
    printf("%s", argv[1]);
    // ok: cpp/format-string
    printf("%s\n", argv[1]);
    // ok: cpp/format-string
    fprintf(stderr, "usage: %s FILE\n", argv[0]);
    return 0;
}

void report(FILE *out, const char *message) {
    // ruleid: cpp/format-string
    fprintf(out, "%s", message);
}
