#include <stdio.h>
#include <string.h>

void greet(const char *user) {
    char message[64];
    // ruleid: cpp/unbounded-string-copy
    sprintf(message, "Hello, %s! Welcome back.", user);
    puts(message);
}

int main(int argc, char **argv) {
    char path[256];
    // ruleid: cpp/unbounded-string-copy
    strcpy(path, argv[1]);
    // ruleid: cpp/unbounded-string-copy
    strcat(path, argv[2]);
    // ruleid: cpp/unbounded-string-copy
    if (strcmp(strcpy(path, argv[3]), "-") == 0) return 1;
    // ok: cpp/unbounded-string-copy
    strcat(path, "/config.ini");
    puts(path);
    return 0;
}

void greet_safely(const char *user) {
    char message[64];
    // ok: cpp/unbounded-string-copy
    snprintf(message, sizeof(message), "Hello, %s! Welcome back.", user);
    puts(message);
}

void format_count(int count) {
    char label[32];
    // ok: cpp/unbounded-string-copy
    sprintf(label, "%d items", count);
    puts(label);
}
