// The baseline of the benchmark: a generator that does nothing but write one file.
import Generator from 'yeoman-generator';

export default class OneFileGenerator extends Generator {
  writing() {
    this.fs.write(this.destinationPath('one-file.txt'), 'written by the benchmark baseline\n');
  }
}
