export { registerTerminalGate, type TerminalGate, type TerminalGateOptions } from './registerTerminalGate';
