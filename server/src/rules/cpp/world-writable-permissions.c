#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>

int prepare_spool(void) {
    // ruleid: cpp/world-writable-permissions
    if (mkdir("/var/spool/app", 0777) != 0) return -1;
    // ruleid: cpp/world-writable-permissions
    return chmod("/var/spool/app/queue", 0666);
}

int open_log(const char *path) {
    // ruleid: cpp/world-writable-permissions
    return open(path, O_WRONLY | O_CREAT | O_APPEND, S_IRUSR | S_IWUSR | S_IROTH | S_IWOTH);
}

int make_shared_dir(const char *path) {
    // ruleid: cpp/world-writable-permissions
    return mkdir(path, S_IRWXU | S_IRWXG | S_IRWXO);
}

int make_any_dir(const char *path) {
    // ruleid: cpp/world-writable-permissions
    return mkdir(path, ACCESSPERMS);
}

int prepare_spool_safely(void) {
    // ok: cpp/world-writable-permissions
    if (mkdir("/var/spool/app", 0750) != 0) return -1;
    // ok: cpp/world-writable-permissions
    return chmod("/var/spool/app/queue", 0640);
}

void daemon_setup(void) {
    // ruleid: cpp/world-writable-permissions
    umask(0);
    // ok: cpp/world-writable-permissions
    umask(027);
}

int open_log_safely(const char *path) {
    // ok: cpp/world-writable-permissions
    return open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
}
