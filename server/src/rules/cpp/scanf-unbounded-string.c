#include <stdio.h>

int main(void) {
    char user[32];
    char role[16];
    int age;
    // ruleid: cpp/scanf-unbounded-string
    scanf("%s", user);
    // ruleid: cpp/scanf-unbounded-string
    sscanf("admin:42", "%[^:]:%d", role, &age);
    // ok: cpp/scanf-unbounded-string
    scanf("%31s", user);
    // ok: cpp/scanf-unbounded-string
    scanf("%d", &age);
    // ok: cpp/scanf-unbounded-string
    fscanf(stdin, "%15[^:]:%d", role, &age);
    return 0;
}
