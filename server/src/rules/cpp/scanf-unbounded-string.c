#include <stdio.h>
#include <wchar.h>

int main(void) {
    char user[32];
    char role[16];
    wchar_t wide_name[24];
    int age;
    // ruleid: cpp/scanf-unbounded-string
    scanf("%s", user);
    // ruleid: cpp/scanf-unbounded-string
    sscanf("admin:42", "%[^:]:%d", role, &age);
    // ruleid: cpp/scanf-unbounded-string
    fscanf(stdin, "%d %s %*s %ls", &age, user, wide_name);
    // ok: cpp/scanf-unbounded-string
    scanf("%31s", user);
    // ok: cpp/scanf-unbounded-string
    scanf("%d", &age);
    // ok: cpp/scanf-unbounded-string
    fscanf(stdin, "%15[^:]:%d", role, &age);
    return 0;
}

void read_token(char *out) {
    // ruleid: cpp/scanf-unbounded-string
    scanf("%s", out);
}
