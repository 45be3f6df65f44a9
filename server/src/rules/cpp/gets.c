#include <stdio.h>
#include <string.h>

int read_name(void) {
    char name[32];
    printf("Name: ");
    // ruleid: cpp/gets
    gets(name);
    return strlen(name);
}

int read_command(void) {
    char line[128];
    // ruleid: cpp/gets
    if (gets(line) == NULL) return -1;
    return line[0];
}

int read_name_safely(void) {
    char name[32];
    // ok: cpp/gets
    if (fgets(name, sizeof(name), stdin) == NULL) return -1;
    name[strcspn(name, "\n")] = '\0';
    return strlen(name);
}

int read_line(char **line, size_t *capacity) {
    // ok: cpp/gets
    return getline(line, capacity, stdin);
}
