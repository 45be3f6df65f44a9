<?php

function calculate(): mixed
{
    $expression = $_POST['expression'];
    // ruleid: php/code-injection
    return eval('return ' . $expression . ';');
}

function apply_rule(string $rule, array $order): bool
{
    // ruleid: php/code-injection
    $check = create_function('$order', "return {$rule};");
    return $check($order);
}

function run_generated(OpenAI\Client $client, string $task): void
{
    $response = $client->chat()->create(['model' => 'gpt-4o', 'messages' => [['role' => 'user', 'content' => $task]]]);
    $code = $response->choices[0]->message->content;
    // ruleid: php/code-injection
    eval($code);
}

function calculate_safely(string $op, float $a, float $b): float
{
    // ok: php/code-injection
    return match ($op) { '+' => $a + $b, '-' => $a - $b, default => throw new InvalidArgumentException() };
}

function check_invariant(array $items): void
{
    // ok: php/code-injection
    assert(count($items) > 0);
}
