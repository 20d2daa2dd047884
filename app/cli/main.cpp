#include "CliApp.h"

#include <exception>
#include <iostream>

int main(int argc, char* argv[])
{
    try {
        lowregret::cli::CliApp app({ argv + 1, argv + argc }, std::cin, std::cout, std::cerr);
        const int status = app.run();
        std::cout.flush();
        return status;
    } catch (const std::exception& e) {
        // Not expected: every input problem is reported above. Still no trace, still exit 2.
        std::cerr << "lowregret-cli: internal error: " << e.what() << "\n";
        return 2;
    }
}
